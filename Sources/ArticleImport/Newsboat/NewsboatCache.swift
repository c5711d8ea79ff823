import ArticleAnalysis
import Foundation
import GRDB

/// newsboat's `cache.db`, read without changing it: its feeds (`rss_feed`) and the articles
/// it kept (`rss_item`, without those deleted in newsboat), with their read state and flags.
///
/// The columns are newsboat's (its `src/cache.cpp` schema): `rss_feed(rssurl, url, title)`;
/// `rss_item(guid, title, author, url, feedurl, pubDate, content, unread, flags, deleted,
/// content_mime_type)`. The last three came in later schema versions and are optional.
public struct NewsboatCache: Sendable {
    /// One feed of the cache.
    public struct Feed: Equatable, Sendable {
        /// The address newsboat fetches (`rssurl`); for `query:`, `exec:` and `filter:` feeds
        /// it is not an http address.
        public var url: String
        public var title: String
    }

    /// One kept article of the cache.
    public struct Item: Sendable {
        /// The feed's `rssurl`.
        public var feedURL: String
        public var article: Article
        public var unread: Bool
        /// newsboat's flags (letters the user set), empty when none.
        public var flags: String
    }

    public var feeds: [Feed]
    public var items: [Item]
    /// Items without a title or text, left out.
    public var skipped: Int

    /// The first bytes of every SQLite 3 file.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Whether the file at `path` is an SQLite file with newsboat's `rss_item` and `rss_feed` tables.
    public static func isCache(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        let head = (try? handle.read(upToCount: sqliteHeader.count)).map(Array.init) ?? []
        try? handle.close()
        guard head == sqliteHeader, let queue = try? open(path) else { return false }
        defer { try? queue.close() }
        let tables = try? queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        return Set(tables ?? []).isSuperset(of: ["rss_item", "rss_feed"])
    }

    /// Reads the cache at `path`.
    public static func read(path: String) throws(ImportError) -> NewsboatCache {
        do {
            let queue = try open(path)
            defer { try? queue.close() }
            return try queue.read { db in try read(db) }
        } catch let error as ImportError {
            throw error
        } catch {
            throw .unreadable(
                reason: "the newsboat cache cannot be read (\((error as? DatabaseError)?.message ?? "\(error)"))")
        }
    }

    private static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    private static func read(_ db: Database) throws -> NewsboatCache {
        let feeds = try Row.fetchAll(db, sql: "SELECT rssurl, title FROM rss_feed ORDER BY rowid").map { row in
            Feed(url: row["rssurl"], title: row["title"] ?? "")
        }
        let columns = Set(try db.columns(in: "rss_item").map(\.name))
        let flags = columns.contains("flags") ? "flags" : "NULL"
        let mimeType = columns.contains("content_mime_type") ? "content_mime_type" : "''"
        let kept = columns.contains("deleted") ? "WHERE deleted = 0" : ""
        var items: [Item] = []
        var skipped = 0
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT guid, title, author, url, feedurl, pubDate, content, unread,
                       \(flags) AS flags, \(mimeType) AS mime_type
                FROM rss_item \(kept) ORDER BY pubDate, id
                """)
        while let row = try rows.next() {
            let feedURL: String = row["feedurl"] ?? ""
            let content: String = row["content"] ?? ""
            let link: String? = (row["url"] as String?).flatMap { $0.isEmpty ? nil : $0 }
            var entry = FeedEntry()
            entry.title = row["title"]
            entry.link = link
            entry.id = (row["guid"] as String?).flatMap { $0.isEmpty ? nil : $0 }
            entry.authors = (row["author"] as String?).map { $0.isEmpty ? [] : [$0] } ?? []
            let published: Int64 = row["pubDate"] ?? 0
            entry.publishedAt = published > 0 ? Date(timeIntervalSince1970: Double(published)) : nil
            entry.content = (row["mime_type"] as String?) == "text/plain" ? .text(content) : .html(content)
            guard let article = entry.article(feedKey: feedURL, source: link) else {
                skipped += 1
                continue
            }
            items.append(
                Item(
                    feedURL: feedURL, article: article, unread: (row["unread"] as Int64?) != 0,
                    flags: row["flags"] ?? ""))
        }
        return NewsboatCache(feeds: feeds, items: items, skipped: skipped)
    }
}
