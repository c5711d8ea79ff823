/// Finds quotations, attributions and bylines in article text.
///
/// Entry point of the analyser; every offset it returns is in Unicode scalars over `text`.
public enum QuoteAnalyzer {
    /// Bumped whenever the analyser's output changes, so stored annotations get refreshed.
    public static let version = 1

    /// Annotates `text`.
    public static func annotate(_ text: String) -> Annotations {
        let scalars = Array(text.unicodeScalars)
        var quotes: [Quote] = []
        var open: Int?
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\u{201C}":
                open = index
            case "\u{201D}":
                if let start = open {
                    let span = TextSpan(
                        start: start, end: index + 1, text: String(String.UnicodeScalarView(scalars[start...index])))
                    quotes.append(Quote(span: span))
                    open = nil
                }
            default:
                break
            }
        }
        return Annotations(quotes: quotes)
    }
}
