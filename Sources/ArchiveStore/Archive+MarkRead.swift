import Foundation
import GRDB

extension Archive {
    /// Marks the articles `ids` read in one transaction, keeping their reading positions
    /// (moving from another reader brings thousands of read articles at once).
    public func markRead(ids: [Int64], now: Date = Date()) throws(ArchiveError) {
        try write { db in
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO reading_state (article_id, read, scroll_offset, updated_at) VALUES (?, 1, 0, ?)
                    ON CONFLICT(article_id) DO UPDATE SET read = 1, updated_at = excluded.updated_at
                    """)
            for id in ids {
                try Archive.requireArticle(id, in: db)
                try statement.execute(arguments: [id, now])
            }
        }
    }
}
