import Foundation
import GRDB

extension Archive {
    /// Marks every article `filter` keeps read (or unread with `read: false`) in one transaction;
    /// with `downTo`, only those from the newest down to that article (ids at least `downTo`):
    /// "mark read up to here" in the newest-first list. Returns how many articles the filter
    /// kept.
    ///
    /// The ids are read first, then written with one upsert each, keeping each article's
    /// reading position: the triggers of `reading_state` change `unread_article`, which the
    /// unread filter reads, and a statement must not change the rows it is still reading.
    @discardableResult
    public func markRead(
        matching filter: ArticleFilter, downTo id: Int64? = nil, read: Bool = true, now: Date = Date()
    ) throws(ArchiveError) -> Int {
        try write { db in
            var conditions = filter.conditions
            if let id { conditions.append("a.id >= \(id)") }
            var query: SQL = "SELECT a.id FROM article a"
            if !conditions.isEmpty { query += " WHERE " + conditions.joined(separator: " AND ") }
            let ids = try SQLRequest<Int64>(literal: query).fetchAll(db)
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO reading_state (article_id, read, scroll_offset, updated_at) VALUES (?, ?, 0, ?)
                    ON CONFLICT(article_id) DO UPDATE SET read = excluded.read, updated_at = excluded.updated_at
                    """)
            for id in ids { try statement.execute(arguments: [id, read, now]) }
            return ids.count
        }
    }
}
