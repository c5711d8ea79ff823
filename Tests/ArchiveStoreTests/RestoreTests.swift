import ArticleAnalysis
import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

/// `Archive.removeKeeping(id:)` and `restore(_:)`: the reader's delete and undo.
@Suite("Removing and restoring an article")
struct RestoreTests {
    @Test("a restored article comes back searchable, counted, with its tags, bookmark, reading state and speakers")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (archive, ids) = try RemovalTests.archive(at: directory.path("archive.sqlite"))
        try archive.changeTags(ids: [ids[0]], adding: ["coast"], removing: [])
        try archive.setBookmarkNote(articleID: ids[0], note: "paint colour")
        try archive.setScrollOffset(articleID: ids[0], 12)

        let removed = try archive.removeKeeping(id: ids[0])
        #expect(removed.tags == ["coast"])
        #expect(try archive.articleCount() == 2)
        #expect(try archive.search("lighthouse").isEmpty)

        let id = try archive.restore(removed)
        #expect(try archive.articleCount() == 3)
        #expect(try archive.bookmarkCount() == 1)
        #expect(try archive.search("lighthouse").map(\.summary.id) == [id])
        #expect(try archive.tags(articleID: id) == ["coast"])
        #expect(try archive.bookmark(articleID: id)?.note == "paint colour")
        #expect(try archive.readingState(articleID: id).scrollOffset == 12)
        #expect(try archive.article(id: id).guid == "urn:coast:1")
        #expect(try archive.integrityCheck())
    }
}
