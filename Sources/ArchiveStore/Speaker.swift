import GRDB

/// A person quoted somewhere in the archive, with how often.
public struct Speaker: Codable, Equatable, Sendable, FetchableRecord {
    /// The normalised name (`SpeakerName.key`) that makes one person one entry.
    public var key: String
    /// The fullest form of the name seen.
    public var name: String
    public var articleCount: Int
    public var quoteCount: Int

    enum CodingKeys: String, CodingKey {
        case key, name
        case articleCount = "article_count"
        case quoteCount = "quote_count"
    }
}
