import ReaderCore
import Testing

/// `/`, `n` and `N` in the article pane, through a session on the in-memory archive.
@Suite("In-article search")
struct ArticleSearchKeyTests {
    /// "fog" is in each of the 40 paragraphs of the long read and in its 5 quotes.
    private let fogCount = 45

    private func openLongRead(width: Int = 100, height: Int = 30) throws -> ReaderSession {
        let session = try ReaderTestArchive().session(width: width, height: height)
        session.press("j", "Enter")
        return session
    }

    @Test("typing searches incrementally: matches highlight, the count shows, Enter confirms")
    func incremental() throws {
        let session = try openLongRead()
        session.press("/")
        #expect(session.state.prompt != nil)
        #expect(session.statusLine.hasPrefix("/"))
        session.type("fo")
        let partial = try #require(session.state.article?.search)
        #expect(partial.hits.count >= fogCount)
        session.type("g")
        #expect(session.state.article?.search?.hits.count == fogCount)
        #expect(session.statusLine.contains("match 1/\(fogCount)"))
        let row = try #require(session.row(containing: "the fog that rolls"))
        let roles = try #require(session.screen.roles(of: "fog", row: row))
        #expect(roles == [.searchCurrent, .searchCurrent, .searchCurrent])
        session.press("Enter")
        #expect(session.state.prompt == nil)
        #expect(session.state.article?.search?.current == 0)
        #expect(session.state.searchHistory == ["fog"])
        #expect(session.screen.cursor == nil)
    }

    @Test("n and N step through the matches and wrap around, saying so")
    func stepping() throws {
        let session = try openLongRead()
        session.press("/")
        session.type("fog")
        session.press("Enter", "n")
        #expect(session.statusLine.contains("match 2/\(fogCount)"))
        session.press("N", "N")
        #expect(session.state.article?.search?.current == fogCount - 1)
        #expect(session.statusLine.contains("match \(fogCount)/\(fogCount) (search wrapped to the bottom)"))
        #expect(session.shows("Paragraph 40 of"))
        session.press("n")
        #expect(session.statusLine.contains("match 1/\(fogCount) (search wrapped to the top)"))
        #expect(session.shows("Paragraph 1 of"))
    }

    @Test("the view jumps to the first match below the top; Esc restores the view and the old search")
    func jumpAndCancel() throws {
        let session = try openLongRead()
        session.press("/")
        session.type("fog")
        session.press("Enter")
        session.press("j", "j", "j")
        let top = try #require(session.state.article?.top)
        session.press("/")
        session.type("Quote number 35")
        #expect(session.state.article?.search?.hits.count == 1)
        #expect(session.shows("Quote number 35"))
        #expect(session.state.article?.top != top)
        session.press("Esc")
        #expect(session.state.prompt == nil)
        #expect(session.state.article?.top == top)
        #expect(session.state.article?.search?.pattern == "fog")
    }

    @Test("a pattern that is not found says so and keeps the view")
    func notFound() throws {
        let session = try openLongRead()
        session.press("j", "j")
        session.press("/")
        session.type("zzz")
        #expect(session.statusLine.contains("Pattern not found: zzz"))
        session.press("Enter")
        #expect(session.state.status == StatusMessage("Pattern not found: zzz", isError: true))
        #expect(session.state.article?.top == 2)
        #expect(session.state.article?.search == nil)
        session.press("n")
        #expect(session.statusLine.contains("no search yet"))
    }

    @Test("smart case: a capital makes the search case-sensitive")
    func smartCase() throws {
        let session = try openLongRead()
        session.press("/")
        session.type("paragraph 1")
        let ignoringCase = try #require(session.state.article?.search?.hits.count)
        session.press("C-u")
        session.type("Paragraph 1")
        #expect(session.state.article?.search?.hits.count == ignoringCase)
        session.press("C-u")
        session.type("PARAGRAPH")
        #expect(session.state.article?.search == nil)
        #expect(session.statusLine.contains("Pattern not found"))
    }

    @Test("without diacritics in the pattern, accented text matches (composed and decomposed)")
    func diacritics() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("j", "j", "Enter")
        session.press("/")
        session.type("cafe")
        #expect(session.state.article?.search?.hits.count == 2)
        session.press("C-u")
        session.type("café")
        #expect(session.state.article?.search?.hits.count == 1)
    }

    @Test("regex mode: C-r switches it on; an invalid regex is explained, a valid one matches")
    func regex() throws {
        let session = try openLongRead()
        session.press("/", "C-r")
        #expect(session.statusLine.hasPrefix("regex /"))
        session.type("number (")
        #expect(session.state.status?.isError == true)
        #expect(session.state.status?.text.contains("invalid regular expression number (") == true)
        session.press("Backspace")
        session.type("[0-9]+ is")
        #expect(session.state.article?.search?.hits.count == 5)
        session.press("Enter")
        #expect(session.statusLine.contains("match"))
    }

    @Test("a pattern spanning a line wrap highlights on both lines")
    func acrossWrap() throws {
        let session = try openLongRead()
        let first = try #require(session.row(containing: "Paragraph 1 of"))
        let pane = 41
        let lineEnd = session.rows[first].dropFirst(pane).split(separator: " ").last.map(String.init)
        let nextStart = session.rows[first + 1].dropFirst(pane).split(separator: " ").first.map(String.init)
        let (last, next) = (try #require(lineEnd), try #require(nextStart))
        session.press("/")
        session.type(last + " " + next)
        let search = try #require(session.state.article?.search)
        #expect(search.hits.count >= 1)
        let screen = session.screen
        let lastColumn = try #require((0..<screen.width).last { screen[first, $0].character != " " })
        #expect(screen[first, lastColumn].role == .searchCurrent)
        #expect(screen[first + 1, pane + 1].role == .searchCurrent)
        #expect(screen[first + 1, pane + 1 + next.count].role != .searchCurrent)
    }

    @Test("Up in the prompt brings back the last search")
    func historyInPrompt() throws {
        let session = try openLongRead()
        session.press("/")
        session.type("tide")
        session.press("Enter", "/", "Up")
        #expect(session.state.prompt?.string == "tide")
        #expect(session.state.article?.search?.pattern == "tide")
    }
}
