import Foundation
import GRDB

/// One row of the `bookmark` table: an article the reader keeps, with an optional note.
public struct Bookmark: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "bookmark"

    public var articleID: Int64
    public var createdAt: Date
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case note
        case articleID = "article_id"
        case createdAt = "created_at"
    }

    /// Column names for queries.
    public enum Columns {
        static let articleID = Column(CodingKeys.articleID)
        static let createdAt = Column(CodingKeys.createdAt)
    }
}
