import Foundation
import GRDB

/// newsboat's `cache.db` made with newsboat's schema as its `src/cache.cpp` creates it (tables
/// `rss_feed` and `rss_item`, with the columns later versions added), filled with the
/// project's own invented articles.
public enum NewsboatCacheFixture {
    /// A newsboat cache at `path`: two feeds, an exec: feed, five items (one deleted in newsboat,
    /// one without text).
    public static func make(at path: String) throws {
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
}
