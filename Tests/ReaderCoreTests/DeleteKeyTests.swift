import ArchiveStore
import ReaderCore
import TestSupport
import Testing

/// `d` (delete, asked on the status line) and `X` (bring it back) in the reader.
@Suite("Deleting in the reader")
struct DeleteKeyTests {
    private let pilots = "Harbour pilots end two-week strike at Tessaly port"
    private let longRead = "The long read: a year on the Tessaly tide tables"

    @Test("d asks; y deletes the article from the list and the archive; X brings it back with its bookmark")
    func deleteAndUndo() throws {
        let fixture = try ReaderTestArchive()
        try fixture.archive.addBookmark(articleID: try fixture.id(of: longRead))
        let session = fixture.session(width: 100, height: 30)
        session.press("j", "Enter", "d")
        expectGolden(session.screen, "delete-confirmation-100x30.txt")
        session.press("y")
        #expect(session.state.article == nil)
        #expect(session.state.list.total == 3)
        #expect(!session.state.list.rows.map(\.title).contains(longRead))
        #expect(try fixture.archive.articleCount() == 3)
        #expect(session.statusLine.contains("deleted \u{201C}\(longRead)\u{201D}; X brings it back"))
        session.press("X")
        #expect(session.statusLine.contains("brought back"))
        #expect(session.state.list.total == 4)
        #expect(session.state.list.selectedRow?.title == longRead)
        #expect(session.state.list.selectedRow?.bookmarked == true)
        session.press("X")
        #expect(session.statusLine.contains("nothing to bring back"))
    }

    @Test("any key but y at the question deletes nothing")
    func keep() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("d", "n")
        #expect(session.statusLine.contains("nothing was deleted"))
        #expect(try fixture.archive.articleCount() == 4)
        #expect(session.state.list.total == 4)
    }
}
