import Foundation
import GRDB

extension Archive {
    /// The reading state of an article (unread at offset 0 when it was never opened).
    public func readingState(articleID: Int64) throws(ArchiveError) -> ReadingState {
        try read { db in
            try ReadingState.fetchOne(db, key: articleID)
                ?? ReadingState(
                    articleID: articleID, read: false, scrollOffset: 0, updatedAt: Date(timeIntervalSince1970: 0))
        }
    }

    /// The number of articles not read yet: the article count less the articles marked
    /// read (a reading-state row goes with its article, so none is counted twice).
    public func unreadCount() throws(ArchiveError) -> Int {
        // Both counts are kept by triggers (migrations `v1`, `v13-read-count`): no scan.
        try read { db in
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT max(0, article_count - read_count) FROM archive_stats WHERE id = 1"))
                ?? 0
        }
    }

    /// Marks the article read or unread.
    public func setRead(articleID: Int64, _ read: Bool, now: Date = Date()) throws(ArchiveError) {
        try updateReadingState(articleID: articleID, now: now) { $0.read = read }
    }

    /// Stores the reading position (a Unicode scalar offset into the body).
    public func setScrollOffset(articleID: Int64, _ offset: Int, now: Date = Date()) throws(ArchiveError) {
        try updateReadingState(articleID: articleID, now: now) { $0.scrollOffset = max(0, offset) }
    }

    private func updateReadingState(articleID: Int64, now: Date, _ change: (inout ReadingState) -> Void)
        throws(ArchiveError)
    {
        try write { db in
            try Archive.requireArticle(articleID, in: db)
            var state =
                try ReadingState.fetchOne(db, key: articleID)
                ?? ReadingState(articleID: articleID, read: false, scrollOffset: 0, updatedAt: now)
            change(&state)
            state.updatedAt = now
            try state.save(db)
        }
    }

    /// The `reader_setting` table: key and value, no record type.
    private static let readerSettings = Table("reader_setting")

    /// A value the reader keeps between runs (such as the article it was closed on).
    ///
    /// SQL rather than the query interface: the reader reads three of these before its first
    /// screen, and the query interface's first request of a table reads the table's schema
    /// (its columns, primary key and indexes), 4.4 M of the start's 70 M instructions.
    public func readerSetting(_ key: String) throws(ArchiveError) -> String? {
        try read { db in
            try String.fetchOne(
                db.cachedStatement(sql: "SELECT value FROM reader_setting WHERE key = ?"), arguments: [key])
        }
    }

    /// Stores a value the reader keeps between runs; `nil` removes it (the upsert is SQL:
    /// `ON CONFLICT … DO UPDATE` without a record type).
    public func setReaderSetting(_ key: String, _ value: String?) throws(ArchiveError) {
        try write { db in
            if let value {
                try db.execute(
                    sql:
                        "INSERT INTO reader_setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: [key, value])
            } else {
                try Self.readerSettings.filter(Column("key") == key).deleteAll(db)
            }
        }
    }
}
