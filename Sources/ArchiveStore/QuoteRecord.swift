import ArticleAnalysis

/// A stored quotation of an article and who said it.
public struct QuoteRecord: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var speakerName: String?
    /// `SpeakerName.key` of the speaker's name, the key of the speaker index.
    public var speakerKey: String?
    public var cue: String?

    /// The quotations `stored` of the article with this body, in text order; their texts are
    /// cut from the body in one pass, however many there are.
    static func records(_ stored: [StoredQuote], body: String) -> [QuoteRecord] {
        let scalars = body.unicodeScalars
        var position = scalars.startIndex
        var offset = 0
        /// The index of scalar `target`, moving forward from the last one found.
        func index(at target: Int) -> String.UnicodeScalarView.Index {
            let target = max(0, target)
            if target < offset {
                (position, offset) = (scalars.startIndex, 0)
            }
            while offset < target, position < scalars.endIndex {
                scalars.formIndex(after: &position)
                offset += 1
            }
            return position
        }
        return stored.sorted { $0.start < $1.start }.map { quote in
            let from = index(at: quote.start)
            let to = max(from, index(at: quote.end))
            return QuoteRecord(
                start: quote.start, end: quote.end, text: String(scalars[from..<to]), speakerName: quote.speakerName,
                speakerKey: quote.speakerName.flatMap(SpeakerName.indexKey), cue: quote.cue)
        }
    }
}
