import ArchiveStore
import ReaderCore
import TestSupport
import Testing

/// `[views.NAME]` in config.toml and the views list `v` in the reader.
@Suite("Named views")
struct NamedViewTests {
    private let pilots = "Harbour pilots end two-week strike at Tessaly port"

    @Test("views are read in the file's order; a bad filter names the view and the term")
    func config() throws {
        let config = try ReaderConfig(
            text: """
                [views.morning]
                filter = "unread tag:port"
                [views.kept]
                filter = "bookmarked"
                """, file: "config.toml")
        #expect(
            config.preferences.views == [
                NamedView(name: "morning", filter: ArticleFilter(tags: ["port"], unread: true)),
                NamedView(name: "kept", filter: ArticleFilter(bookmarked: true)),
            ])
        #expect(throws: ConfigFileError.self) {
            try ReaderConfig(text: "[views.bad]\nfilter = \"colour:red\"\n", file: "config.toml")
        }
        do {
            _ = try ReaderConfig(text: "[views.bad]\nfilter = \"colour:red\"\n", file: "config.toml")
        } catch {
            #expect(error.description.contains("'views.bad.filter' cannot be 'colour:red'"))
            #expect(error.description.contains("'colour:red' is not a filter term"))
        }
    }

    /// The reader's test archive with the pilots' strike tagged `port` and read, and a session
    /// at `width`×`height` with the views `port` and `unread`.
    private func session(width: Int, height: Int, views: [NamedView]? = nil) throws -> ReaderSession {
        let fixture = try ReaderTestArchive()
        let pilotsID = try fixture.id(of: pilots)
        try fixture.archive.changeTags(ids: [pilotsID], adding: ["port"], removing: [])
        try fixture.archive.setRead(articleID: pilotsID, true)
        let views =
            views ?? [
                NamedView(name: "port", filter: ArticleFilter(tags: ["port"])),
                NamedView(name: "unread", filter: ArticleFilter(unread: true)),
            ]
        return ReaderSession(
            archive: fixture.archive, size: TerminalSize(width: width, height: height),
            preferences: ReaderPreferences(views: views))
    }

    /// The selected row of the views list, when it is shown.
    private func selectedView(_ session: ReaderSession) -> String? {
        guard case .views(let list) = session.state.listPaneMode else { return nil }
        return list.views.selectedRow?.view.name
    }

    @Test("v lists every article and the views with unread counts at 80×24; Enter shows one, named on the status line")
    func pick() throws {
        let session = try self.session(width: 80, height: 24)
        session.press("v")
        expectGolden(session.screen, "views-list-80x24.txt")
        #expect(session.statusLine.contains("1/3 views"))
        #expect(selectedView(session) == "all articles")
        session.press("j", "Enter")
        #expect(session.state.listPaneMode == .list)
        #expect(session.state.list.filter == ArticleFilter(tags: ["port"]))
        #expect(session.state.list.rows.map(\.title) == [pilots])
        #expect(session.statusLine.contains("view port: tag:port"))
        session.press("?", "?")
        #expect(session.statusLine.contains("view port 1/1"))
        // The list opens on the view shown; the first row shows every article again.
        session.press("v")
        #expect(selectedView(session) == "port")
        session.press("j", "Enter")
        #expect(session.state.list.filter == ArticleFilter(unread: true))
        #expect(session.state.list.total == 3)
        session.press("v", "k", "k", "Enter")
        #expect(session.state.list.filter.isEmpty)
        #expect(session.statusLine.contains("all articles"))
    }

    @Test("Esc, q and v close the views list and keep the list; the wheel moves; without views it says how to add one")
    func close() throws {
        let session = try self.session(width: 80, height: 24)
        for key in ["Esc", "q", "v"] {
            session.press("v", "j", key)
            #expect(session.state.listPaneMode == .list, "\(key)")
            #expect(session.state.list.filter.isEmpty, "\(key)")
        }
        // The wheel over the list moves the selection; a press does nothing.
        session.press("v")
        session.handle(.mouse(MouseEvent(kind: .wheelDown, row: 5, column: 5)))
        #expect(selectedView(session) == "port")
        session.handle(.mouse(MouseEvent(kind: .press, row: 4, column: 5)))
        #expect(selectedView(session) == "port")
        session.press("Esc")

        let bare = try self.session(width: 80, height: 24, views: [])
        bare.press("v")
        expectGolden(bare.screen, "views-list-none-80x24.txt")
        #expect(bare.shows("No views yet: add"))
        #expect(selectedView(bare) == "all articles")
    }
}
