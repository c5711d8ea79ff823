import ArchiveStore
import ArticleAnalysis
import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArticleImport

/// Importing newsboat's `cache.db`. The fixture is made here with newsboat's schema as its
/// `src/cache.cpp` creates it (tables `rss_feed` and `rss_item`, with the columns later
/// versions added), filled with the project's own invented articles.
@Suite struct NewsboatCacheTests {
    /// A newsboat cache at `path`: two feeds, an exec: feed, five items (one deleted in newsboat,
    /// one without text).
    static func makeCache(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL,
                        title VARCHAR(1024) NOT NULL, lastmodified INTEGER(11) NOT NULL DEFAULT 0,
                        is_rtl INTEGER(1) NOT NULL DEFAULT 0, etag VARCHAR(128) NOT NULL DEFAULT "");
                    CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL,
                        title VARCHAR(1024) NOT NULL, author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL,
                        feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL, content VARCHAR(65535) NOT NULL,
                        unread INTEGER(1) NOT NULL, enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024),
                        enqueued INTEGER(1) NOT NULL DEFAULT 0, flags VARCHAR(52),
                        deleted INTEGER(1) NOT NULL DEFAULT 0, base VARCHAR(128) NOT NULL DEFAULT "",
                        content_mime_type VARCHAR(255) NOT NULL DEFAULT "");
                    CREATE TABLE metadata (db_schema_version_major INTEGER NOT NULL,
                        db_schema_version_minor INTEGER NOT NULL);
                    INSERT INTO metadata VALUES (2, 22);
                    INSERT INTO rss_feed (rssurl, url, title) VALUES
                        ('https://courier.example/feed.xml', 'https://courier.example/', 'Kessel Bay Courier'),
                        ('https://tides.example/rss', 'https://tides.example/', 'Tide Watch'),
                        ('exec:~/bin/notes.sh', '', 'Notes');
                    """)
            let items: [[(any DatabaseValueConvertible)?]] = [
                [
                    "https://courier.example/news/1", "Pier reopens for anglers", "Mira Holt",
                    "https://courier.example/news/1.html", "https://courier.example/feed.xml", 1_790_000_000,
                    "<p>The pier reopened on Monday after a winter of repairs.</p><p>“Bring your own bait,” said the warden.</p>",
                    0, "s", 0, "",
                ],
                [
                    "2", "Night ferry timetable", "", "https://courier.example/news/2.html",
                    "https://courier.example/feed.xml", 1_790_100_000,
                    "<p>Two sailings a night from May, the transport board said.</p>", 1, "", 0, "",
                ],
                [
                    "https://courier.example/news/3", "Removed in newsboat", "", "https://courier.example/news/3.html",
                    "https://courier.example/feed.xml", 1_790_200_000, "<p>This one the reader deleted.</p>", 0, "", 1,
                    "",
                ],
                [
                    "tide-9", "Spring tides", "Ana Lind", "https://tides.example/9", "https://tides.example/rss",
                    1_790_300_000, "High water reaches the quay twice this week.\nKeep cars off the lower deck.", 1,
                    nil,
                    0, "text/plain",
                ],
                [
                    "note-1", "", "", "", "exec:~/bin/notes.sh", 0, "", 1, nil, 0, "",
                ],
            ]
            for item in items {
                try db.execute(
                    sql: """
                        INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread, flags,
                            deleted, content_mime_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments(item))
            }
        }
        try queue.close()
    }

    @Test func cacheIsRecognisedAndAnArchiveOrTextIsNot() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let cache = directory.path("cache.db")
        try Self.makeCache(at: cache)
        _ = try Archive.open(path: directory.path("archive.sqlite"))
        let text = try directory.write("notes.txt", Array("SQLite format 3 is a file format".utf8))

        #expect(NewsboatCache.isCache(path: cache))
        #expect(!NewsboatCache.isCache(path: directory.path("archive.sqlite")))
        #expect(!NewsboatCache.isCache(path: text))
        #expect(!NewsboatCache.isCache(path: directory.path("missing.db")))
    }

    @Test func articlesComeWithTheirFeedReadStateAndFlags() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("cache.db")
        try Self.makeCache(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let archive = try Archive.inMemory()
        _ = try archive.addSubscription(
            Subscription(url: "https://tides.example/rss", title: "Tides", tags: ["coast"], addedAt: Date()))

        let cache = try NewsboatCache.read(path: path)
        let report = try NewsboatCacheImporter(archive: archive).importCache(cache)

        #expect(cache.feeds.count == 3)
        #expect(report.imported.count == 3)
        #expect(report.skipped == 1)
        #expect(report.markedRead == 1)
        #expect(report.flagged == 1)
        #expect(report.subscriptionsAdded == 1)
        let articles = try report.imported.map { try archive.article(id: $0) }
        #expect(articles.map(\.title) == ["Pier reopens for anglers", "Night ferry timetable", "Spring tides"])
        #expect(articles[0].byline == "Mira Holt")
        #expect(
            articles[0].body
                == "The pier reopened on Monday after a winter of repairs.\n\n“Bring your own bait,” said the warden.")
        #expect(articles[0].source == "https://courier.example/news/1.html")
        #expect(articles[0].publishedAt == Date(timeIntervalSince1970: 1_790_000_000))
        #expect(articles[1].guid == "https://courier.example/feed.xml#2")
        #expect(articles[2].body == "High water reaches the quay twice this week.\n\nKeep cars off the lower deck.")
        #expect(try archive.readingState(articleID: report.imported[0]).read)
        #expect(try !archive.readingState(articleID: report.imported[1]).read)
        #expect(try archive.bookmark(articleID: report.imported[0])?.note == "newsboat flags: s")
        #expect(try archive.bookmark(articleID: report.imported[1]) == nil)
        let overviews = try archive.subscriptionOverviews()
        #expect(overviews.map(\.subscription.url) == ["https://tides.example/rss", "https://courier.example/feed.xml"])
        #expect(overviews.map(\.subscription.title) == ["Tides", "Kessel Bay Courier"])
        #expect(overviews.map(\.articleCount) == [1, 2])
        #expect(overviews.map(\.unreadCount) == [1, 1])

        let again = try NewsboatCacheImporter(archive: archive).importCache(try NewsboatCache.read(path: path))
        #expect(again.imported.isEmpty && again.duplicates.count == 3 && again.subscriptionsAdded == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
