import Foundation
import GRDB

extension Archive {
    /// Bookmarks the article, or removes its bookmark; returns whether it is now bookmarked.
    @discardableResult
    public func toggleBookmark(articleID: Int64, now: Date = Date()) throws(ArchiveError) -> Bool {
        try write { db in
            try Archive.requireArticle(articleID, in: db)
            if try Bookmark.deleteOne(db, key: articleID) { return false }
            try Bookmark(articleID: articleID, createdAt: now, note: nil).insert(db)
            return true
        }
    }

    /// Bookmarks the article (keeping an existing bookmark and its note).
    public func addBookmark(articleID: Int64, now: Date = Date()) throws(ArchiveError) {
        try write { db in
            try Archive.requireArticle(articleID, in: db)
            try Bookmark(articleID: articleID, createdAt: now, note: nil).insert(db, onConflict: .ignore)
        }
    }

    /// Removes the article's bookmark; returns whether there was one.
    @discardableResult
    public func removeBookmark(articleID: Int64) throws(ArchiveError) -> Bool {
        try write { db in
            try Archive.requireArticle(articleID, in: db)
            return try Bookmark.deleteOne(db, key: articleID)
        }
    }

    /// Sets the note of the article's bookmark, bookmarking it if needed; an empty note clears it.
    public func setBookmarkNote(articleID: Int64, note: String, now: Date = Date()) throws(ArchiveError) {
        try write { db in
            try Archive.requireArticle(articleID, in: db)
            let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            var bookmark = try Bookmark.fetchOne(db, key: articleID) ?? Bookmark(articleID: articleID, createdAt: now)
            bookmark.note = trimmed.isEmpty ? nil : trimmed
            try bookmark.save(db)
        }
    }

    /// The article's bookmark, if it has one.
    public func bookmark(articleID: Int64) throws(ArchiveError) -> Bookmark? {
        try read { db in try Bookmark.fetchOne(db, key: articleID) }
    }

    /// Every bookmark, newest first.
    public func bookmarks() throws(ArchiveError) -> [Bookmark] {
        try read { db in
            try Bookmark.order(Bookmark.Columns.createdAt.desc, Bookmark.Columns.articleID.desc).fetchAll(db)
        }
    }

    /// The number of bookmarks, read from a counter kept by triggers (no scan); one row of one
    /// table without a record type reads best as SQL.
    public func bookmarkCount() throws(ArchiveError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT bookmark_count FROM archive_stats WHERE id = 1") ?? 0 }
    }

    static func requireArticle(_ id: Int64, in db: Database) throws {
        guard try ArticleRecord.exists(db, key: id) else { throw ArchiveError.noSuchArticle(id: id) }
    }
}
