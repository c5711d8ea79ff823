import GRDB

/// A quotation of one speaker, with the article it is in.
public struct SpeakerQuote: Codable, Equatable, Sendable, FetchableRecord {
    public var articleID: Int64
    public var articleTitle: String
    public var start: Int
    public var end: Int
    public var text: String
    public var speakerName: String?
    public var cue: String?

    enum CodingKeys: String, CodingKey {
        case start, end, text, cue
        case articleID = "article_id"
        case articleTitle = "article_title"
        case speakerName = "speaker_name"
    }
}
