/// How the quotation marks of a gold file are written for an evaluation run.
///
/// A British-style copy of any English set is the set with `“` `”` replaced by `‘` `’` and `"`
/// by `'`, one scalar for one so every offset holds; apostrophes (`’`, `'`) stay as they are,
/// as in real British copy (`quotes-eval.md`).
public enum QuoteStyle: String, CaseIterable, Sendable {
    /// The marks as the file has them.
    case original
    /// Single marks outside: `“ ”` become `‘ ’` and `"` becomes `'`.
    case british

    /// `text` with its marks written in this style; the same number of scalars.
    public func apply(to text: String) -> String {
        guard self == .british else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.map(Self.british))
        return String(scalars)
    }

    /// `article` with its text and the speaker texts of its quotes written in this style.
    public func apply(to article: GoldArticle) -> GoldArticle {
        guard self != .original else { return article }
        let quotes = article.quotes.map { quote in
            var quote = quote
            quote.speakerText = quote.speakerText.map(apply(to:))
            quote.speakerResolved = quote.speakerResolved.map(apply(to:))
            return quote
        }
        return GoldArticle(id: article.id, text: apply(to: article.text), quotes: quotes)
    }

    private static func british(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{201C}": "\u{2018}"
        case "\u{201D}": "\u{2019}"
        case "\"": "'"
        default: scalar
        }
    }
}
