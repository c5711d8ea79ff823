import ArchiveStore
import ArticleAnalysis
import ReaderCore
import Testing

/// Key sequences through the speakers panel (`s`) and the speaker index (`S`).
@Suite("Speakers panel and speaker index keys")
struct SpeakerKeyTests {
    /// A session at 100×30 with the seed-like article open (the second row of the list).
    func seedOpen() throws -> ReaderSession {
        let session = try SpeakerTestArchive().session(width: 100, height: 30)
        session.press("j", "Enter")
        return session
    }

    /// The index of the speakers-panel entry named `name` in the open article.
    func entry(_ session: ReaderSession, _ name: String) -> Int? {
        session.state.article?.document.speakers.entries.firstIndex { $0.name == name }
    }

    /// The row of the screen showing `text`, if any.
    func row(_ session: ReaderSession, _ text: String) -> Int? {
        session.rows.firstIndex { $0.contains(text) }
    }

    @Test("s lists Ruben Castellano first with his quote and cue, then the unnamed sources")
    func panelContents() throws {
        let session = try seedOpen()
        session.press("s")
        let entries = try #require(session.state.article?.document.speakers.entries)
        #expect(entries.first?.name == "Ruben Castellano")
        #expect(entries.first?.quotes.count == 1)
        #expect(entries.first?.cues.contains("noted") == true)
        #expect(entries.contains { $0.kind == .unnamed && $0.name == "four sources" })
        #expect(session.shows("\u{25B8} Ruben Castellano"))
        #expect(session.shows("1 quote \u{00B7} 2 attributions \u{00B7} said, n"))
        #expect(session.shows("Unnamed sources"))
        let quoteRow = try #require(row(session, "outside influence was entirely"))
        #expect(session.screen.roles(of: "outside influence", row: quoteRow)?.allSatisfy { $0 == .quoteFocus } == true)
        let otherRow = try #require(row(session, "“Nobody had a plan"))
        #expect(session.screen.roles(of: "Nobody had", row: otherRow)?.allSatisfy { $0 == .quote } == true)
        session.press("j")
        #expect(session.screen.roles(of: "outside influence", row: quoteRow)?.allSatisfy { $0 == .quote } == true)
    }

    @Test("Enter jumps to the speaker's first quote; ] and [ then stay on their quotes; one Esc leaves them")
    func filterSteps() throws {
        let session = try seedOpen()
        let official = try #require(entry(session, "the official"))
        session.press("s")
        for _ in 0..<official { session.press("j") }
        #expect(session.state.speakerPanel?.selected == official)
        session.press("Enter")
        #expect(session.state.speakerPanel == nil)
        #expect(session.state.status?.text == "quote 1 of 2")
        session.press("]")
        #expect(session.state.status?.text == "quote 2 of 2")
        session.press("]")
        #expect(session.state.status?.text == "no more quotes below")
        session.press("[", "[")
        #expect(session.state.status?.text == "no more quotes above")
        session.press("k")
        #expect(session.shows("] [ quotes by the official only"))
        session.press("Esc")
        #expect(session.state.article?.speakerFilter == nil)
        #expect(session.state.focus == .list)
        session.press("Tab", "]")
        #expect(session.state.status?.text.hasPrefix("quote 3 of 4") == true)
    }

    @Test("one h (or Left) leaves a speaker filter, as one Esc does", arguments: ["h", "Left"])
    func leaveFilter(key: String) throws {
        let session = try seedOpen()
        session.press("s", "Enter")
        #expect(session.state.article?.speakerFilterName == "Ruben Castellano")
        session.press(key)
        #expect(session.state.article?.speakerFilter == nil)
        #expect(session.state.focus == .list)
    }

    @Test("s again clears the filter; Esc in the panel closes it without one")
    func toggles() throws {
        let session = try seedOpen()
        session.press("s", "Enter")
        #expect(session.state.article?.speakerFilterName == "Ruben Castellano")
        session.press("s")
        #expect(session.state.article?.speakerFilter == nil)
        #expect(session.state.speakerPanel == nil)
        #expect(session.state.status?.text == "showing every quote again (was: Ruben Castellano only)")
        session.press("s", "j", "Esc")
        #expect(session.state.speakerPanel == nil)
        #expect(session.state.article?.speakerFilter == nil)
        #expect(session.state.focus == .article)
    }

    @Test("choosing a source that is cited but never quoted shows where it is cited and keeps every quote")
    func citedOnly() throws {
        let session = try SpeakerTestArchive().session(width: 100, height: 12)
        session.press("j", "Enter", "G")
        #expect(!session.shows("four sources said"))
        let sources = try #require(entry(session, "four sources"))
        session.press("s")
        for _ in 0..<sources { session.press("j") }
        session.press("Enter")
        #expect(session.state.article?.speakerFilter == nil)
        #expect(
            session.state.status?.text
                == "four sources is cited but not quoted in this article: here is the first citation")
        #expect(session.shows("four sources said"))
    }

    @Test("s without an open article says so")
    func noArticle() throws {
        let session = try SpeakerTestArchive().session(width: 100, height: 30)
        session.press("s")
        #expect(session.state.speakerPanel == nil)
        #expect(session.state.status?.text == "open an article first")
    }

    @Test("S lists speakers by quotes; typing filters; Enter lists their articles; opening one lands on their quote")
    func index() throws {
        let session = try SpeakerTestArchive().session(width: 100, height: 30)
        session.press("S")
        let speakers = try #require(session.state.speakerIndex?.speakers.rows)
        #expect(speakers.first?.name == "Ruben Castellano")
        #expect(speakers.first?.quoteCount == 3 && speakers.first?.articleCount == 2)
        #expect(zip(speakers, speakers.dropFirst()).allSatisfy { $0.quoteCount >= $1.quoteCount })
        #expect(session.statusLine.hasPrefix("1/\(speakers.count) speakers"))
        session.press("z", "z")
        #expect(session.state.speakerIndex?.filter == "zz")
        #expect(session.shows("No speaker matches."))
        session.press("Backspace", "Backspace", "C", "A", "S", "T")
        #expect(session.state.speakerIndex?.speakers.rows.map(\.name) == ["Ruben Castellano"])
        session.press("Enter")
        let articles = try #require(session.state.speakerIndex?.articles.rows)
        #expect(articles.map(\.quoteCount) == [2, 1])
        #expect(session.shows("Ruben Castellano \u{2014} quoted in 2 articles"))
        session.press("Down", "Enter")
        #expect(session.state.focus == .article)
        #expect(session.state.article?.document.articleID == articles[1].articleID)
        #expect(session.state.article?.speakerFilterName == "Ruben Castellano")
        #expect(session.state.status?.text == "quote 1 of 1: Ruben Castellano")
        let quoteRow = try #require(row(session, "outside influence was entirely"))
        #expect(
            session.screen.roles(of: "outside influence", row: quoteRow)?.allSatisfy { $0 == .quoteCurrent } == true)

        session.press("Esc")
        #expect(session.state.focus == .list)
        #expect(session.state.speakerIndex?.chosenSpeaker?.name == "Ruben Castellano")
        session.press("Esc")
        #expect(session.state.speakerIndex?.level == .speakers)
        session.press("Esc")
        #expect(session.state.speakerIndex == nil)
        #expect(session.shows("\u{25B8} Corvan trainers leave"))
    }

    @Test(
        "the wheel moves in the panel and the index; a click on a speaker filters their quotes, other presses do nothing"
    )
    func mouse() throws {
        let session = try seedOpen()
        session.press("s")
        session.handle(.mouse(MouseEvent(kind: .wheelDown, row: 5, column: 5)))
        #expect(session.state.speakerPanel?.selected == 1)
        session.handle(.mouse(MouseEvent(kind: .press, row: 0, column: 5)))
        #expect(session.state.speakerPanel?.selected == 1)
        #expect(session.state.article?.document.articleID == session.state.list.row(at: 1)?.id)
        let ruben = try #require(session.rows.firstIndex { $0.prefix(40).contains("Ruben Castellano") })
        session.handle(.mouse(MouseEvent(kind: .press, row: ruben, column: 5)))
        #expect(session.state.speakerPanel == nil)
        #expect(session.state.article?.speakerFilterName == "Ruben Castellano")
        session.press("s", "s")
        #expect(session.state.speakerPanel != nil)
        session.press("Esc", "S")
        session.handle(.mouse(MouseEvent(kind: .press, row: 2, column: 5)))
        #expect(session.state.speakerIndex?.level == .speakers)
        session.handle(.mouse(MouseEvent(kind: .wheelDown, row: 2, column: 5)))
        #expect(session.state.speakerIndex?.speakers.selected == 0)
    }

    @Test("panels at tiny sizes and through a resize never crash", arguments: [(20, 4), (1, 1), (79, 10), (200, 60)])
    func tinySizes(width: Int, height: Int) throws {
        let session = try SpeakerTestArchive().session(width: 100, height: 30)
        session.press("Enter", "s", "j")
        session.handle(.resize(TerminalSize(width: width, height: height)))
        _ = session.screen
        session.press("Enter", "]", "S", "Down", "Enter")
        session.handle(.resize(TerminalSize(width: width, height: height)))
        #expect(session.screen.rows.count == height)
    }

    @Test("the speaker index pages through many speakers")
    func indexPaging() throws {
        let archive = try Archive.inMemory()
        let articles = (1...250).map { number in
            Article(
                title: "Article \(number)",
                paragraphs: ["\u{201C}Point \(number) stands,\u{201D} said Speaker Number\(number) Testa."])
        }
        _ = try archive.insert(articles)
        let session = ReaderSession(archive: archive, size: TerminalSize(width: 100, height: 30))
        session.press("S")
        #expect(session.state.speakerIndex?.speakers.rows.count == PagedRows<Speaker>.pageSize)
        session.press("End")
        #expect(session.state.speakerIndex?.filter == "")
        #expect(session.state.speakerIndex?.speakers.rows.count == 250)
        #expect(session.state.speakerIndex?.speakers.isComplete == true)
    }

    @Test("a panel taller than the screen shows each chosen speaker from their name; clicks and highlights follow")
    func manyQuotes() throws {
        let names = ["Ana Lindgren", "Rui Costa", "Mei Tanaka"]
        let paragraphs = (0..<120).map { number in
            "\u{201C}Part \(number) of the plan stands,\u{201D} said \(names[number % 3])."
        }
        let archive = try Archive.inMemory()
        _ = try archive.insert([Article(title: "The plan in many parts", paragraphs: paragraphs)])
        let session = ReaderSession(archive: archive, size: TerminalSize(width: 100, height: 30))
        session.press("Enter", "s")
        let entries = try #require(session.state.article?.document.speakers.entries)
        #expect(entries.map(\.name) == names)
        #expect(entries.allSatisfy { $0.quotes.count == 40 })
        #expect(session.rows[1].hasPrefix("\u{25B8} Ana Lindgren"))
        #expect(session.rows[2].contains("40 quotes"))
        #expect(session.rows[3].contains("Part 0 of the plan stands"))
        #expect(!session.shows("Rui Costa  "))

        session.press("j")
        #expect(session.rows[1].hasPrefix("\u{25B8} Rui Costa"))
        #expect(session.rows[3].contains("Part 1 of the plan stands"))
        #expect(session.rows[4].contains("Part 4 of the plan stands"))
        let rui = try #require(session.rows.firstIndex { $0.contains("said Rui Costa") && $0.contains("Part 1 ") })
        #expect(session.screen.roles(of: "Part 1 of", row: rui)?.allSatisfy { $0 == .quoteFocus } == true)
        let ana = try #require(session.rows.firstIndex { $0.contains("said Ana Lindgren") && $0.contains("Part 3 ") })
        #expect(session.screen.roles(of: "Part 3 of", row: ana)?.allSatisfy { $0 == .quote } == true)

        session.handle(.mouse(MouseEvent(kind: .press, row: 5, column: 5)))
        #expect(session.state.article?.speakerFilterName == "Rui Costa")
        #expect(session.state.status?.text == "quote 1 of 40: Rui Costa")
        for _ in 0..<39 { session.press("]") }
        #expect(session.state.status?.text == "quote 40 of 40: Rui Costa")
        #expect(session.shows("Part 118 of the plan"))
        session.press("]")
        #expect(session.state.status?.text == "no more quotes below")
    }
}
