import Foundation
import GRDB

/// One row of the `subscription` table: a feed that `dateline refresh` fetches, and what its
/// last fetch left behind.
public struct Subscription: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "subscription"

    public var id: Int64?
    /// The feed's address; a permanent redirect replaces it.
    public var url: String
    /// The title the user gave, or the feed's own.
    public var title: String?
    /// Tags for the feed's articles, in the order given (OPML categories, newsboat tags).
    public var tags: [String]
    /// Whether each new item's page is fetched for the whole article.
    public var fullText: Bool
    public var addedAt: Date
    /// The `ETag` of the last complete answer, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last complete answer, sent back as `If-Modified-Since`.
    public var lastModified: String?
    public var lastSuccessAt: Date?
    /// Why the last fetch failed, worded for the user; `nil` after a success.
    public var lastError: String?
    public var lastErrorAt: Date?
    /// Before this time the server asked not to be asked again (`Retry-After`).
    public var nextAllowedAt: Date?

    public init(url: String, title: String? = nil, tags: [String] = [], fullText: Bool = false, addedAt: Date) {
        self.url = url
        self.title = title
        self.tags = tags
        self.fullText = fullText
        self.addedAt = addedAt
    }

    /// The title, else the address.
    public var displayName: String { title ?? url }

    enum CodingKeys: String, CodingKey {
        case id, url, title, tags, etag
        case fullText = "full_text"
        case addedAt = "added_at"
        case lastModified = "last_modified"
        case lastSuccessAt = "last_success_at"
        case lastError = "last_error"
        case lastErrorAt = "last_error_at"
        case nextAllowedAt = "next_allowed_at"
    }

    /// Column names for queries.
    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let url = Column(CodingKeys.url)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
