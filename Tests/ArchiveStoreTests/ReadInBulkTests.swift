import ArticleAnalysis
import Foundation
import Testing

@testable import ArchiveStore

/// `Archive.markRead(matching:downTo:read:)`: read state for many articles at once.
@Suite("Read state in bulk")
struct ReadInBulkTests {
    @Test("mark all a filter keeps read, keeping reading positions; up to here; and unread again")
    func bulk() throws {
        let (archive, ids) = try TagTests.archive()
        try archive.changeTags(ids: [ids[0], ids[2]], adding: ["coast"], removing: [])
        try archive.setScrollOffset(articleID: ids[0], 40)

        #expect(try archive.markRead(matching: ArticleFilter(tags: ["coast"])) == 2)
        #expect(try archive.count(matching: ArticleFilter(unread: true)) == 1)
        #expect(try archive.readingState(articleID: ids[0]).scrollOffset == 40)
        #expect(try archive.readingState(articleID: ids[0]).read)

        #expect(try archive.markRead(matching: ArticleFilter(), read: false) == 3)
        #expect(try archive.markRead(matching: ArticleFilter(), downTo: ids[1]) == 2)
        #expect(try archive.summaries(limit: 10, filter: ArticleFilter(unread: true)).map(\.id) == [ids[0]])
    }
}
