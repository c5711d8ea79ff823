import Foundation
import GRDB

/// One row of the `reading_state` table: whether an article was read and where.
public struct ReadingState: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "reading_state"

    public var articleID: Int64
    public var read: Bool
    /// The reading position as a Unicode scalar offset into the body, so it survives a
    /// different terminal width.
    public var scrollOffset: Int
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case read
        case articleID = "article_id"
        case scrollOffset = "scroll_offset"
        case updatedAt = "updated_at"
    }
}
