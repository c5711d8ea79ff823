@testable import ArticleAnalysis

/// Shared checks for analyser tests: every span must be the exact text at its offsets.
enum AnnotationChecks {
    /// The scalars of `text` between `start` and `end`.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, start <= end, end <= scalars.count else { return "<out of range \(start)..<\(end)>" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// The spans of `annotations` whose text differs from the input at their offsets.
    static func misplacedSpans(in annotations: Annotations, of text: String) -> [TextSpan] {
        var spans: [TextSpan] = annotations.quotedPhrases + annotations.bylines.map(\.span)
        for quote in annotations.quotes {
            spans.append(quote.span)
            spans += [quote.speaker, quote.cue].compactMap { $0 }
        }
        for attribution in annotations.attributions {
            spans += [attribution.source, attribution.cue].compactMap { $0 }
        }
        return spans.filter { slice(text, $0.start, $0.end) != $0.text }
    }
}
