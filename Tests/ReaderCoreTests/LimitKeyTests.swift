import ArchiveStore
import ReaderCore
import TestSupport
import Testing

/// `f` (the limit prompt) and `B`: one filter on the reader's list.
@Suite("Limiting the list in the reader")
struct LimitKeyTests {
    private let pilots = "Harbour pilots end two-week strike at Tessaly port"
    private let longRead = "The long read: a year on the Tessaly tide tables"

    @Test("f filters by an expression; the status line shows it with the count; Esc shows every article")
    func limit() throws {
        let fixture = try ReaderTestArchive()
        try fixture.archive.changeTags(
            ids: [try fixture.id(of: pilots), try fixture.id(of: longRead)], adding: ["tessaly"], removing: [])
        let session = fixture.session(width: 100, height: 30)
        session.press("f")
        session.type("tag:tessaly")
        expectGolden(session.screen, "filter-prompt-100x30.txt")
        session.press("Enter")
        #expect(session.statusLine.contains("filter: tag:tessaly"))
        #expect(session.state.list.total == 2)
        #expect(session.state.list.rows.map(\.title) == [pilots, longRead])
        session.press("?", "?")
        #expect(session.statusLine.contains("tag:tessaly 1/2"))
        session.press("j", "Enter", "h", "f", "End")
        session.type(" unread")
        session.press("Enter")
        #expect(session.state.list.rows.map(\.title) == [pilots])
        session.press("Esc")
        #expect(session.state.list.filter.isEmpty)
        #expect(session.state.list.total == 4)
        #expect(session.statusLine.contains("all articles"))
    }

    @Test("a bad expression leaves the list as it was and says what is wrong in one sentence")
    func badExpression() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("f")
        session.type("tag:x colour:red")
        session.press("Enter")
        #expect(session.state.list.filter.isEmpty)
        #expect(session.state.list.total == 4)
        #expect(session.statusLine.contains("'colour:red' is not a filter term"))
    }

    @Test("B adds bookmarked to the filter and takes it off again")
    func bookmarkedIsATerm() throws {
        let fixture = try ReaderTestArchive()
        try fixture.archive.changeTags(ids: [try fixture.id(of: pilots)], adding: ["port"], removing: [])
        try fixture.archive.addBookmark(articleID: try fixture.id(of: longRead))
        let session = fixture.session(width: 100, height: 30)
        session.press("f")
        session.type("tag:port")
        session.press("Enter", "B")
        #expect(session.state.list.filter == ArticleFilter(tags: ["port"], bookmarked: true))
        #expect(session.shows("No article matches"))
        #expect(session.state.list.total == 0)
        session.press("B")
        #expect(session.state.list.rows.map(\.title) == [pilots])
    }

    @Test("A marks every article of the filtered list read, M those from the top down to the selection")
    func markRead() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("j", "j", "M")
        #expect(session.statusLine.contains("marked 3 articles read"))
        #expect(session.state.list.rows.map(\.read) == [true, true, true, false])
        session.press("f")
        session.type("unread")
        session.press("Enter")
        #expect(session.state.list.total == 1)
        session.press("A")
        #expect(session.statusLine.contains("marked 1 article read"))
        #expect(session.state.list.total == 0)
        #expect(try fixture.archive.count(matching: ArticleFilter(unread: true)) == 0)
    }
}

/// `O`: the list's order in the reader, remembered for the next start.
@Suite("Sorting the list in the reader")
struct SortKeyTests {
    @Test("O cycles the order, the status line says which, and a new session starts with it")
    func cycle() throws {
        let fixture = try ReaderTestArchive(extraArticles: 450)
        let session = fixture.session(width: 100, height: 30)
        session.press("O")
        #expect(session.statusLine.contains("sorted by oldest"))
        #expect(session.state.list.rows.first?.title.hasPrefix("Breaking") == true)
        session.press("O", "?", "?")
        #expect(session.statusLine.contains("by title 1/454"))
        let titles = session.state.list.rows.map(\.title)
        #expect(titles == titles.sorted { $0.lowercased() < $1.lowercased() })
        session.press("G")
        #expect(session.state.list.selectedRow?.title == "東京湾の水先案内人がストライキを終了")
        let lastPage = session.state.list.rows.map(\.title)
        #expect(lastPage == lastPage.sorted { $0.lowercased() < $1.lowercased() })
        let again = fixture.session(width: 100, height: 30)
        #expect(again.state.list.order == .title)
        #expect(again.state.list.rows.map(\.title) == titles)
    }
}
