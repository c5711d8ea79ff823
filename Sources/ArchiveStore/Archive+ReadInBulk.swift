import Foundation
import GRDB

extension Archive {
    /// Marks every article `filter` keeps read (or unread with `read: false`) in one statement;
    /// with `downTo`, only those from the newest down to that article (ids at least `downTo`):
    /// "mark read up to here" in the newest-first list. Returns how many articles the filter
    /// kept.
    ///
    /// SQL: one `INSERT … SELECT … ON CONFLICT DO UPDATE` (the query interface has no upsert
    /// from a select), keeping each article's reading position.
    @discardableResult
    public func markRead(
        matching filter: ArticleFilter, downTo id: Int64? = nil, read: Bool = true, now: Date = Date()
    ) throws(ArchiveError) -> Int {
        try write { db in
            var conditions = filter.conditions
            if let id { conditions.append("a.id >= \(id)") }
            let clause: SQL = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
            let statement: SQL = """
                INSERT INTO reading_state (article_id, read, scroll_offset, updated_at)
                SELECT a.id, \(read), 0, \(now) FROM article a WHERE \(clause)
                ON CONFLICT(article_id) DO UPDATE SET read = excluded.read, updated_at = excluded.updated_at
                """
            try db.execute(literal: statement)
            return db.changesCount
        }
    }
}
