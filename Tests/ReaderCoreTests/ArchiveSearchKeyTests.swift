import ReaderCore
import Testing

/// `/` in the list pane: full-text search of the archive, results in the list pane.
@Suite("Archive search in the list pane")
struct ArchiveSearchKeyTests {
    private let longRead = "The long read: a year on the Tessaly tide tables"

    @Test("results replace the list, with snippets; Esc returns to the full list at the old selection")
    func resultsAndEscape() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("j", "j")
        session.press("/")
        #expect(session.statusLine.hasPrefix("search archive:"))
        session.type("fog")
        session.press("Enter")
        let results = try #require(session.state.archiveSearch)
        #expect(results.results.map(\.summary.title) == [longRead])
        #expect(session.statusLine.contains("1 article matches fog"))
        let snippetRow = try #require(session.row(containing: "The long read")) + 1
        #expect(session.screen.roles(of: "fog", row: snippetRow) == [.searchMatch, .searchMatch, .searchMatch])
        #expect(!session.shows("Harbour pilots end"))
        session.press("Esc")
        #expect(session.state.archiveSearch == nil)
        #expect(session.state.list.selected == 2)
        #expect(session.shows("Harbour pilots end"))
    }

    @Test("opening a result highlights the words in the article; n goes to the first of them")
    func openResultThenN() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("/")
        session.type("tessaly strike")
        session.press("Enter")
        #expect(session.state.archiveSearch?.results.count == 1)
        session.press("Enter")
        #expect(session.state.focus == .article)
        let search = try #require(session.state.article?.search)
        #expect(search.current == nil)
        #expect(search.hits.count >= 3)
        session.press("n")
        #expect(session.state.article?.search?.current == 0)
        #expect(session.statusLine.contains("match 1/\(search.hits.count)"))
        session.press("q")
        #expect(session.state.focus == .list)
        #expect(session.state.archiveSearch != nil)
        session.press("q")
        #expect(session.state.archiveSearch == nil)
        #expect(!session.isFinished)
    }

    @Test("a result opens at its first match, not where the article was left")
    func resultOpensAtFirstMatch() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("j", "Enter", "G", "q", "k", "Enter", "q")
        #expect(try fixture.archive.readingState(articleID: fixture.id(of: longRead)).scrollOffset > 0)
        session.press("/")
        session.type("estuary")
        session.press("Enter", "Enter")
        #expect(session.shows("Paragraph 1 of the long read"))
        // Opened again while it is the open article, it goes back to the first match too.
        session.press("G", "Tab", "Enter")
        #expect(session.shows("Paragraph 1 of the long read"))
    }

    @Test("nothing found and malformed queries give a message, never an SQLite error")
    func nothingAndMalformed() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        for query in ["zzzz", "AND", "\"", "OR NOT", "(*) NEAR"] {
            session.press("/")
            session.type(query)
            session.press("Enter")
            #expect(session.state.archiveSearch == nil, "query \(query)")
            #expect(session.statusLine.contains("nothing in the archive matches"), "query \(query)")
            #expect(!session.statusLine.lowercased().contains("sql"))
        }
        for query in ["\"tide tables", "tide) AND (\"fog", "fog*"] {
            session.press("Esc", "/")
            session.type(query)
            session.press("Enter")
            #expect(session.state.archiveSearch?.results.first?.summary.title == longRead, "query \(query)")
        }
    }

    /// A session on the test archive with `extraArticles` filler articles, after searching
    /// the archive for `filler` (every one of them), and the results it shows.
    private static func fillerSearch(extraArticles: Int) throws -> (ReaderSession, ArchiveSearchResults) {
        let session = try ReaderTestArchive(extraArticles: extraArticles).session(width: 100, height: 30)
        session.press("/")
        session.type("filler")
        session.press("Enter")
        return (session, try #require(session.state.archiveSearch))
    }

    @Test("J in the results opens the next result; more results load as the selection nears the end")
    func pagingThroughResults() throws {
        let (session, first) = try Self.fillerSearch(extraArticles: 150)
        #expect(first.total == 150)
        #expect(first.results.count == ArchiveSearchResults.pageSize)
        session.press("G")
        #expect(session.state.archiveSearch?.results.count == 150)
        session.press("g", "J")
        #expect(session.state.archiveSearch?.selected == 1)
        #expect(session.state.article?.document.articleID == first.results[1].summary.id)
    }

    @Test("beyond 1000 matches the count says 1000+ without counting them all, and paging goes on to the last")
    func cappedCount() throws {
        let (session, first) = try Self.fillerSearch(extraArticles: 1_150)
        #expect(first.totalText == "1000+")
        #expect(session.statusLine.contains("1000+ articles match filler"))
        session.press("j")
        #expect(session.shows("search filler 2/1000+"))
        for _ in 0..<14 { session.press("G") }
        #expect(session.state.archiveSearch?.results.count == 1_150)
        #expect(session.state.archiveSearch?.nextPageOffset == nil)
    }
}
