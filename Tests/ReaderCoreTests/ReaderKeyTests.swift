import ArchiveStore
import ReaderCore
import Testing

/// Key sequences through a session on the in-memory archive.
@Suite("Reader keys")
struct ReaderKeyTests {
    private let longRead = "The long read: a year on the Tessaly tide tables"
    private let pilots = "Harbour pilots end two-week strike at Tessaly port"

    /// A session with the long read open.
    private func openLongRead(_ fixture: ReaderTestArchive, width: Int, height: Int) -> ReaderSession {
        let session = fixture.session(width: width, height: height)
        session.press("j", "Enter")
        return session
    }

    /// The paragraph number shown first on screen ("Paragraph 12 of ...").
    private func firstVisibleParagraph(_ session: ReaderSession) -> Int? {
        for row in session.rows {
            guard let range = row.range(of: "Paragraph ") else { continue }
            return Int(row[range.upperBound...].prefix { $0.isNumber })
        }
        return nil
    }

    @Test("Enter opens the selected article; q goes back, then quits")
    func openBackQuit() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        #expect(session.state.list.selectedRow?.title == pilots)
        session.press("Enter")
        #expect(session.state.focus == .article)
        #expect(try session.state.article?.document.articleID == fixture.id(of: pilots))
        #expect(session.state.list.selectedRow?.read == true)
        #expect(try fixture.archive.readingState(articleID: fixture.id(of: pilots)).read)
        session.press("q")
        #expect(session.state.focus == .list)
        #expect(!session.isFinished)
        session.press("q")
        #expect(session.isFinished)
    }

    @Test("Q quits at once from the article")
    func quitAtOnce() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("Enter", "Q")
        #expect(session.isFinished)
    }

    @Test("j, Space, C-d, G and g scroll the article; the position follows")
    func scrolling() throws {
        let session = openLongRead(try ReaderTestArchive(), width: 100, height: 30)
        let height = 29
        let lines = try #require(session.state.article?.layout.lineCount)
        session.press("j", "j")
        #expect(session.state.article?.top == 2)
        session.press("Space")
        #expect(session.state.article?.top == 2 + height - 1)
        session.press("C-d")
        #expect(session.state.article?.top == 2 + height - 1 + height / 2)
        session.press("G")
        #expect(session.state.article?.top == lines - height)
        #expect(session.rows.last?.contains("line \(lines - height + 1)/\(lines) 100%") == true)
        session.press("g")
        #expect(session.state.article?.top == 0)
        session.press("k", "PageUp")
        #expect(session.state.article?.top == 0)
    }

    @Test("] and [ move between quotes, scroll them into view and say whose they are")
    func quotes() throws {
        let session = openLongRead(try ReaderTestArchive(), width: 100, height: 30)
        session.press("]")
        #expect(session.state.article?.currentQuote == 0)
        #expect(session.shows("Quote number 7"))
        session.press("]", "]")
        #expect(session.state.article?.currentQuote == 2)
        #expect(session.shows("Quote number 21"))
        let top = try #require(session.state.article?.top)
        let quoteLine = try #require(session.state.article?.line(ofQuote: 2))
        #expect(quoteLine >= top && quoteLine < top + 29)
        session.press("[")
        #expect(session.state.article?.currentQuote == 1)
        session.press("g", "[", "[", "[")
        #expect(session.state.status?.text == "no more quotes above")
        session.press("G", "]", "]", "]", "]", "]", "]")
        #expect(session.state.status?.text == "no more quotes below")
    }

    @Test("resizing keeps the reading position, down to 20×6 and back")
    func resizeKeepsPlace() throws {
        let session = openLongRead(try ReaderTestArchive(), width: 100, height: 30)
        for _ in 0..<60 { session.press("j") }
        let paragraph = try #require(firstVisibleParagraph(session))
        for (width, height) in [(60, 20), (20, 6), (100, 30), (61, 19), (100, 30)] {
            session.handle(.resize(TerminalSize(width: width, height: height)))
            let shown = try #require(firstVisibleParagraph(session), "nothing shown at \(width)×\(height)")
            #expect(abs(shown - paragraph) <= 1, "paragraph \(shown) instead of \(paragraph) at \(width)×\(height)")
            #expect(
                session.state.article?.layout.width
                    == PaneLayout.articleTextWidth(
                        size: TerminalSize(width: width, height: height)))
        }
    }

    @Test(
        "tiny and empty terminals never crash, whatever the keys",
        arguments: [(1, 1), (0, 0), (2, 1), (19, 3), (20, 4)])
    func tinyTerminals(width: Int, height: Int) throws {
        let session = try ReaderTestArchive().session(width: width, height: height)
        for key in ["Enter", "j", "]", "[", "G", "Space", "?", "x", "Tab", "J", "K", "h", "g"] {
            session.press(key)
            let screen = session.screen
            #expect(screen.width == width && screen.height == height)
        }
        session.handle(.mouse(MouseEvent(kind: .press, row: 0, column: 0)))
        session.handle(.resize(TerminalSize(width: 100, height: 30)))
        #expect(session.screen.rows.count == 30)
    }

    @Test("J and K read the next and previous article")
    func nextArticle() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("Enter", "J")
        #expect(try session.state.article?.document.articleID == fixture.id(of: longRead))
        session.press("K")
        #expect(try session.state.article?.document.articleID == fixture.id(of: pilots))
        session.press("K")
        #expect(session.state.status?.text == "this is the first article")
    }

    @Test("Tab back to the article selects it again: the pane, the position and J agree")
    func tabBackAgrees() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("Enter", "Tab", "j", "j", "Tab")
        #expect(session.state.list.selectedRow?.title == pilots)
        #expect(session.statusLine.hasPrefix("1/4"))
        session.press("J")
        #expect(try session.state.article?.document.articleID == fixture.id(of: longRead))
    }

    @Test("Space at the end of an article opens the next unread one; U does from anywhere; read ones are skipped")
    func nextUnread() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("j", "Enter", "Tab", "k", "Enter")
        #expect(session.state.list.selected == 0)
        // The pilots' story fits on one screen: Space is at its end at once, and the long
        // read below it has been read, so the next unread is the third row.
        session.press("Space")
        #expect(try session.state.article?.document.articleID == fixture.id(of: "東京湾の水先案内人がストライキを終了"))
        #expect(session.state.list.selected == 2)
        session.press("Tab", "g", "U")
        #expect(session.state.list.selected == 3)
        #expect(session.state.focus == .article)
        session.press("U")
        #expect(session.state.status?.text == "no unread article below")
    }

    @Test("< and > change the list's width, z shows the article at full width and back; the text re-wraps")
    func layoutKeys() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("j", "Enter")
        #expect(session.state.layout.list?.width == 40)
        session.press(">")
        #expect(session.state.layout.list?.width == 44)
        #expect(session.state.article?.layout.width == 100 - 45 - 2)
        session.press("<", "<", "<")
        #expect(session.state.layout.list?.width == 32)
        for _ in 0..<10 { session.press("<") }
        #expect(session.state.layout.list?.width == PaneLayout.minimumListWidth)
        session.press("z")
        #expect(session.state.layout.list == nil)
        #expect(session.state.layout.article?.width == 100)
        #expect(session.state.article?.layout.width == 98)
        session.press("Tab")
        #expect(session.state.layout.article == nil)
        session.press("z")
        #expect(session.state.layout.list?.width == PaneLayout.minimumListWidth)
        #expect(session.state.layout.article != nil)
    }

    @Test("Tab switches panes; on a narrow terminal only the focused pane shows")
    func switchPanes() throws {
        let session = try ReaderTestArchive().session(width: 60, height: 20)
        session.press("Enter")
        #expect(!session.shows("The long read: a year"))
        session.press("Tab")
        #expect(session.state.focus == .list)
        #expect(session.shows("The long read: a year"))
        session.press("Tab")
        #expect(session.state.focus == .article)
        session.press("Esc")
        #expect(session.state.focus == .list)
    }

    @Test(
        "? shows every action's keys and help, at 60×20 and 80×24 by scrolling; ? closes it",
        arguments: [
            (100, 30), (80, 24), (60, 20),
        ])
    func help(width: Int, height: Int) throws {
        let session = try ReaderTestArchive().session(width: width, height: height)
        session.press("?")
        var shown = Set<Action>()
        for _ in 0..<Action.allCases.count {
            shown.formUnion(Action.allCases.filter { session.shows($0.declaration.help) })
            session.press("j")
        }
        #expect(shown == Set(Action.allCases))
        #expect(session.state.list.selected == 0)
        session.press("?")
        #expect(session.state.mode == .list)
        #expect(session.state.status == nil)
    }

    @Test("an unbound key says so in the status line")
    func unboundKey() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("x")
        #expect(session.rows.last?.contains("x is not bound to anything") == true)
    }

    @Test("a click opens the article under the pointer; the wheel scrolls the pane under it")
    func mouse() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.handle(.mouse(MouseEvent(kind: .press, row: 1, column: 5)))
        #expect(try session.state.article?.document.articleID == fixture.id(of: longRead))
        session.handle(.mouse(MouseEvent(kind: .wheelDown, row: 10, column: 70)))
        #expect(session.state.article?.top == 3)
        session.handle(.mouse(MouseEvent(kind: .wheelDown, row: 10, column: 5)))
        #expect(session.state.list.selected == 3)
        #expect(session.state.article?.top == 3)
        session.handle(.mouse(MouseEvent(kind: .press, row: 20, column: 5)))
        #expect(session.state.list.selected == 3)
    }

    @Test("a click on a quote in the article marks it as ] would; a click on plain text marks none")
    func clickQuote() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("Enter")
        let quoteRow = try #require(session.row(containing: "\u{201C}We are back"))
        let quoteColumn = try #require(session.rows[quoteRow].range(of: "We are back")).lowerBound
        let column = session.rows[quoteRow].distance(from: session.rows[quoteRow].startIndex, to: quoteColumn)
        let plainRow = try #require(session.row(containing: "Harbour pilots at the port of Tessaly"))
        session.handle(.mouse(MouseEvent(kind: .press, row: plainRow, column: 50)))
        #expect(session.state.article?.currentQuote == nil)
        session.handle(.mouse(MouseEvent(kind: .press, row: quoteRow, column: column)))
        #expect(session.state.article?.currentQuote == 0)
        #expect(session.state.status?.text == "quote 1 of 2: Dagny Sorensen")
    }

    @Test("control characters in titles and bodies are drawn as visible symbols")
    func inertText() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("G", "Enter")
        let cells = session.screen.cells
        #expect(!cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        #expect(session.shows("Breaking\u{241B}]0;pwned\u{2407} update"))
        #expect(session.shows("timetable\u{241B}[2J changes"))
    }
}
