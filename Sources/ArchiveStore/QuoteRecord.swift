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

    /// The quotation `stored` of the article with this body.
    init(_ stored: StoredQuote, body: String.UnicodeScalarView) {
        start = stored.start
        end = stored.end
        let from =
            body.index(body.startIndex, offsetBy: max(0, stored.start), limitedBy: body.endIndex) ?? body.endIndex
        let to =
            body.index(from, offsetBy: max(0, stored.end - stored.start), limitedBy: body.endIndex) ?? body.endIndex
        text = String(body[from..<to])
        speakerName = stored.speakerName
        speakerKey = stored.speakerName.map(SpeakerName.key).flatMap { $0.isEmpty ? nil : $0 }
        cue = stored.cue
    }
}
