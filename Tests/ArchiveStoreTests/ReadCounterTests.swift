import ArticleAnalysis
import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

/// `Archive.unreadCount()`: read from counters that triggers keep, never a scan of the
/// reading states, and equal to that scan through every way an article is read or removed.
@Suite("Read counter")
struct ReadCounterTests {
    /// The unread count as a scan of the articles finds it.
    private static func scanned(_ archive: Archive) throws -> Int {
        try archive.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM article
                    WHERE id NOT IN (SELECT article_id FROM reading_state WHERE read)
                    """) ?? 0
        }
    }

    @Test("the counter follows marking read one by one and in bulk, unread again, removal and restore")
    func followsEveryChange() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (archive, ids) = try RemovalTests.archive(at: directory.path("archive.sqlite"))
        #expect(try archive.unreadCount() == 3)

        try archive.setRead(articleID: ids[0], true)
        try archive.setRead(articleID: ids[0], true)
        try archive.setScrollOffset(articleID: ids[0], 9)
        #expect(try archive.unreadCount() == 2)
        try archive.markRead(ids: [ids[0], ids[1]])
        #expect(try archive.unreadCount() == 1)
        try archive.markRead(matching: ArticleFilter(), read: false)
        #expect(try archive.unreadCount() == 3)
        try archive.markRead(matching: ArticleFilter())
        #expect(try archive.unreadCount() == 0)

        let removed = try archive.removeKeeping(id: ids[0])
        #expect(try archive.unreadCount() == 0)
        try archive.setRead(articleID: ids[1], false)
        #expect(try archive.unreadCount() == 1)
        _ = try archive.restore(removed)
        #expect(try archive.unreadCount() == 1)
        try archive.remove(ids: [ids[2]])
        #expect(try archive.unreadCount() == 1)
        #expect(try archive.unreadCount() == Self.scanned(archive))
    }

    @Test("the counter of read articles is one row, not a count of the reading states")
    func counterIsStored() throws {
        let (archive, ids) = try TagTests.archive()
        try archive.markRead(ids: [ids[0], ids[2]])
        let stored = try archive.read { db in
            try Int.fetchOne(db, sql: "SELECT read_count FROM archive_stats WHERE id = 1")
        }
        #expect(stored == 2)
        #expect(try archive.unreadCount() == 1)
    }
}
