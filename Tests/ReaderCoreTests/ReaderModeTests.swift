import ArchiveStore
import ArticleAnalysis
import Foundation
import ReaderCore
import Testing

/// Key sequences into `ReaderState.update` and the effects they ask for, with no archive:
/// the loaded rows and articles are events made here.
@Suite("Reader modes")
struct ReaderModeTests {
    /// A list row, made the way the archive's rows are decoded.
    private func summary(id: Int64, title: String, bookmarked: Bool = false) throws -> ArticleSummary {
        let json = """
            {"id": \(id), "title": "\(title)", "imported_at": 0, "word_count": 120, "quote_count": 0,
             "bookmarked": \(bookmarked), "read": false}
            """
        return try JSONDecoder().decode(ArticleSummary.self, from: Data(json.utf8))
    }

    /// A reader at 100×30 showing three articles, ids 3, 2 and 1, newest first.
    private func reader(themes: ThemeCycle = ThemeCycle([.defaultDark])) throws -> ReaderState {
        var state = ReaderState(size: TerminalSize(width: 100, height: 30), themes: themes)
        let rows = try [3, 2, 1].map { try summary(id: Int64($0), title: "Story \($0)") }
        #expect(state.update(.rowsLoaded(.newest, rows, total: 3, filter: ArticleFilter())).isEmpty)
        return state
    }

    /// The article `id` as the archive would deliver it, with no quotes.
    private func loaded(_ id: Int64) -> ReaderEvent {
        var record = ArticleRecord(
            article: Article(title: "Story \(id)", paragraphs: ["The tide came in at noon."]), quoteCount: 0)
        record.id = id
        return .articleLoaded(record, Annotations(quotes: [], attributions: [], bylines: []))
    }

    private func press(_ state: inout ReaderState, _ names: String...) -> [ReaderEffect] {
        names.flatMap { state.update(.key(Key(name: $0)!)) }
    }

    @Test("Enter opens the selected article in the article mode; q leaves it, saving the place")
    func openAndLeave() throws {
        var state = try reader()
        #expect(press(&state, "j", "Enter") == [.openArticle(id: 2)])
        #expect(state.modes == [.list, .article])
        _ = state.update(loaded(2))
        #expect(press(&state, "q") == [.saveReadingPosition(id: 2, offset: 0)])
        #expect(state.mode == .list)
        #expect(
            press(&state, "q") == [
                .saveReadingPosition(id: 2, offset: 0), .rememberPlace(articleID: 2, focus: .list), .quit,
            ])
    }

    @Test("B asks for the bookmarked page and back, each load saying which list it is for")
    func bookmarksOnlyCarriesItsList() throws {
        var state = try reader()
        let bookmarked = ArticleFilter(bookmarked: true)
        #expect(
            press(&state, "B") == [.loadRows(.newest, filter: bookmarked), .countUnread(filter: bookmarked)])
        // A page of the full list, or its unread count, arriving late changes nothing.
        let late = try summary(id: 9, title: "Late")
        _ = state.update(.rowsLoaded(.newest, [late], total: 1, filter: ArticleFilter()))
        _ = state.update(.unreadCounted(7, filter: ArticleFilter()))
        #expect(state.list.total == 0)
        #expect(state.unreadCount == nil)
        _ = state.update(.unreadCounted(1, filter: bookmarked))
        #expect(state.unreadCount == 1)
        #expect(
            press(&state, "B") == [.loadRows(.newest, filter: ArticleFilter()), .countUnread(filter: ArticleFilter())])
    }

    @Test("t asks for the next theme to be drawn with; with one theme it asks for nothing")
    func themeIsAnEffect() throws {
        var state = try reader(themes: ThemeCycle([.defaultDark, .mono]))
        #expect(press(&state, "t") == [.applyTheme(.mono)])
        #expect(press(&state, "t") == [.applyTheme(.defaultDark)])
        var single = try reader()
        #expect(press(&single, "t").isEmpty)
    }

    @Test("the help scrolls with the move keys and closes with ?, q or Esc; other keys leave it open")
    func helpScrollsAndCloses() throws {
        var state = try reader()
        _ = state.update(.resize(TerminalSize(width: 60, height: 20)))
        _ = press(&state, "?")
        #expect(state.mode == .help(HelpOverlay()))
        _ = press(&state, "j", "j", "k")
        #expect(state.mode == .help(HelpOverlay(top: 1)))
        #expect(state.list.selected == 0)
        _ = press(&state, "x", "b")
        #expect(state.mode == .help(HelpOverlay(top: 1)))
        #expect(state.status?.text == "j k scroll  / find a key  ? q close")
        _ = press(&state, "?")
        #expect(state.mode == .list)
        for close in ["q", "Esc"] {
            _ = press(&state, "?", close)
            #expect(state.mode == .list, "\(close)")
        }
    }

    @Test("/ in the help lists the actions matching the typed text; Esc puts every action back")
    func helpFilter() throws {
        var state = try reader()
        _ = press(&state, "?", "/", "q", "u", "o")
        #expect(state.modes.dropLast().last == .help(HelpOverlay(filter: "quo")))
        #expect(ReaderRenderer.render(state).rows.joined().contains("next quote"))
        #expect(!ReaderRenderer.render(state).rows.joined().contains("page down"))
        _ = press(&state, "Esc")
        #expect(state.mode == .help(HelpOverlay()))
    }

    @Test("/ in the list opens the archive prompt; its keys are text, Enter searches")
    func archivePrompt() throws {
        var state = try reader()
        _ = press(&state, "/")
        #expect(state.prompt?.purpose == .archiveSearch)
        // q and j are typed, not quit and move.
        #expect(press(&state, "q", "j").isEmpty)
        #expect(press(&state, "Enter") == [.searchArchive(query: "qj", offset: 0)])
        #expect(state.mode == .list)
    }

    @Test("S stacks the speaker index over the list: letters filter it, Tab and Esc leave it in turn")
    func speakerIndexStack() throws {
        var state = try reader()
        _ = press(&state, "Enter")
        _ = state.update(loaded(3))
        #expect(press(&state, "S") == [.loadSpeakers(filter: "", offset: 0)])
        #expect(state.modes == [.list, .speakerIndex(SpeakerIndex())])
        // Letters bound to actions filter the index instead.
        #expect(
            press(&state, "j", "q") == [.loadSpeakers(filter: "j", offset: 0), .loadSpeakers(filter: "jq", offset: 0)])
        #expect(press(&state, "Backspace") == [.loadSpeakers(filter: "j", offset: 0)])
        _ = press(&state, "Tab")
        #expect(state.mode == .article)
        #expect(state.speakerIndex?.filter == "j")
        _ = press(&state, "Tab", "Esc")
        #expect(state.modes == [.list])
    }

    @Test("s on an article without speakers says so and leaves the article mode on top")
    func speakersPanelNeedsSpeakers() throws {
        var state = try reader()
        _ = press(&state, "Enter")
        _ = state.update(loaded(3))
        _ = press(&state, "s")
        #expect(state.status?.text == "no speakers or sources found in this article")
        #expect(state.mode == .article)
    }
}
