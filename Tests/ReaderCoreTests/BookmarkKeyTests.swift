import ArchiveStore
import ReaderCore
import TestSupport
import Testing

/// `b`, `B`, `a`, `u` and `R`: bookmarks, notes and read state from the reader.
@Suite("Bookmarks and read state in the reader")
struct BookmarkKeyTests {
    private let pilots = "Harbour pilots end two-week strike at Tessaly port"
    private let longRead = "The long read: a year on the Tessaly tide tables"

    @Test("b bookmarks the selected article: the row shows the marker, the store has it; b again removes it")
    func toggle() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        let id = try fixture.id(of: pilots)
        session.press("b")
        #expect(session.statusLine.contains("bookmarked"))
        #expect(session.rows[0].hasPrefix("\u{2605}"))
        #expect(session.screen[0, 0].role == .listSelected)
        #expect(try fixture.archive.bookmark(articleID: id) != nil)
        session.press("j")
        #expect(session.screen[0, 0].role == .listBookmarked)
        session.press("k", "b")
        #expect(session.statusLine.contains("bookmark removed"))
        #expect(try fixture.archive.bookmark(articleID: id) == nil)
        #expect(!session.rows[0].hasPrefix("\u{2605}"))
    }

    @Test("b in the article bookmarks the open article")
    func toggleWhileReading() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("j", "Enter", "b")
        #expect(try fixture.archive.bookmark(articleID: fixture.id(of: longRead)) != nil)
        #expect(session.rows[1].hasPrefix("\u{2605}"))
    }

    @Test("B and B again keep the selection on the same article")
    func bookmarksOnlyKeepsTheSelection() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("b", "j", "j", "b")
        let selected = session.state.list.selectedRow?.id
        session.press("B")
        #expect(session.state.list.selectedRow?.id == selected)
        session.press("B")
        #expect(session.state.list.selected == 2)
        #expect(session.state.list.selectedRow?.id == selected)
    }

    @Test("B lists only bookmarked articles and says so; B again lists all")
    func bookmarksOnly() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("B")
        #expect(session.shows("No bookmarks yet"))
        session.press("B", "j", "b", "B")
        #expect(session.state.list.filter.bookmarked)
        #expect(session.state.list.total == 1)
        #expect(session.state.list.selectedRow?.title == longRead)
        #expect(!session.shows("Harbour pilots end"))
        session.press("?", "?")
        #expect(session.statusLine.hasPrefix("bookmarks 1/1"))
        session.press("B", "Esc")
        #expect(session.state.list.total == 4)
        #expect(session.statusLine.hasPrefix("2/4"))
    }

    @Test("a writes the bookmark's note, shown in the list; it comes back in the prompt and C-u + Enter clears it")
    func note() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        let id = try fixture.id(of: pilots)
        session.press("a")
        #expect(session.statusLine.hasPrefix("note:"))
        session.type("ask the union")
        session.press("Enter")
        #expect(try fixture.archive.bookmark(articleID: id)?.note == "ask the union")
        #expect(session.rows[0].contains("\u{270E} ask"))
        #expect(session.rows[0].hasPrefix("\u{2605}"))
        session.press("a")
        #expect(session.state.prompt?.string == "ask the union")
        session.press("C-u", "Enter")
        #expect(session.statusLine.contains("note removed"))
        #expect(try fixture.archive.bookmark(articleID: id)?.note == nil)
        #expect(try fixture.archive.bookmark(articleID: id) != nil)
        session.press("a", "Esc")
        #expect(session.state.prompt == nil)
    }

    @Test("opening marks read; u marks unread and read again, in the list and the store")
    func readState() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        let id = try fixture.id(of: pilots)
        #expect(session.screen[0, 2].role == .listSelected)
        session.press("j")
        #expect(session.screen[0, 2].role == .listUnread)
        session.press("k", "Enter", "q", "j")
        #expect(session.screen[0, 2].role == .listRead)
        session.press("k", "u")
        #expect(session.state.list.selectedRow?.read == false)
        #expect(try fixture.archive.readingState(articleID: id).read == false)
        session.press("u")
        #expect(try fixture.archive.readingState(articleID: id).read)
    }

    @Test("two readers on one archive file: R shows the other's bookmarks, and nothing is locked")
    func twoReaders() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        let setup = try Archive.open(path: path)
        _ = try setup.insert(ReaderTestArchive.articles, now: ReaderTestArchive.importDate)
        let first = ReaderSession(archive: try Archive.open(path: path), size: TerminalSize(width: 100, height: 30))
        let second = ReaderSession(archive: try Archive.open(path: path), size: TerminalSize(width: 100, height: 30))
        first.press("b")
        second.press("j", "b")
        #expect(second.state.status?.isError == false)
        #expect(second.state.list.row(at: 0)?.bookmarked == false)
        second.press("R")
        #expect(second.state.list.row(at: 0)?.bookmarked == true)
        #expect(second.state.list.selected == 1)
        first.press("R", "B")
        #expect(first.state.list.total == 2)
        #expect(try setup.bookmarkCount() == 2)
    }
}
