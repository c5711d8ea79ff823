import ArchiveStore
import ReaderCore
import TestSupport
import Testing

/// `[views.NAME]` in config.toml and `v` in the reader.
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

    @Test("v switches to each view in turn, then back to every article")
    func cycle() throws {
        let fixture = try ReaderTestArchive()
        try fixture.archive.changeTags(ids: [try fixture.id(of: pilots)], adding: ["port"], removing: [])
        let views = [
            NamedView(name: "port", filter: ArticleFilter(tags: ["port"])),
            NamedView(name: "unread", filter: ArticleFilter(unread: true)),
        ]
        let session = ReaderSession(
            archive: fixture.archive, size: TerminalSize(width: 100, height: 30),
            preferences: ReaderPreferences(views: views))
        session.press("v")
        expectGolden(session.screen, "view-port-100x30.txt")
        #expect(session.statusLine.contains("view port (1/2): tag:port"))
        #expect(session.state.list.rows.map(\.title) == [pilots])
        session.press("v")
        #expect(session.state.list.filter == ArticleFilter(unread: true))
        #expect(session.state.list.total == 4)
        session.press("v")
        #expect(session.state.list.filter.isEmpty)
        #expect(session.statusLine.contains("all articles"))
    }
}
