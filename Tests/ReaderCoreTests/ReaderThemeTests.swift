import ReaderCore
import Testing

/// The reader's side of themes and config: `t` cycles, the wrap width limit and list columns.
@Suite("Reader themes and preferences")
struct ReaderThemeTests {
    @Test("t cycles through the themes and back, saying which one is showing")
    func cycle() throws {
        let fixture = try ReaderTestArchive()
        let themes = ThemeCycle(try ThemeCatalog.bundled.names.map { try ThemeCatalog.bundled.theme(named: $0) })
        let session = ReaderSession(
            archive: fixture.archive, size: TerminalSize(width: 100, height: 30), themes: themes)
        #expect(session.state.themes.current.name == "default")
        session.press("t")
        #expect(session.state.themes.current.name == "light")
        #expect(session.state.status?.text == "theme light (2 of \(themes.themes.count))")
        #expect(session.rows.last?.contains("theme light") == true)
        #expect(try fixture.archive.readerSetting(ReaderSession.themeKey) == "light")
        for _ in 1..<themes.themes.count { session.press("t") }
        #expect(session.state.themes.current.name == "default")
    }

    @Test("with one theme (no colours) t says so and stays")
    func single() throws {
        let fixture = try ReaderTestArchive()
        let session = ReaderSession(
            archive: fixture.archive, size: TerminalSize(width: 100, height: 30), themes: ThemeCycle([.mono]))
        session.press("t")
        #expect(session.state.themes.current == .mono)
        #expect(session.state.status?.text.contains("only one") == true)
    }

    @Test("a rebound key works in the reader")
    func reboundKey() throws {
        let fixture = try ReaderTestArchive()
        let config = try ReaderConfig(text: "[keys]\nnext_quote = \"n\"\n", file: "config.toml")
        let session = ReaderSession(
            archive: fixture.archive, size: TerminalSize(width: 100, height: 30), keymap: config.keymap)
        session.press("Enter", "n")
        #expect(session.state.status?.text.hasPrefix("quote 1 of") == true)
        session.press("]")
        #expect(session.state.status?.text == "] is not bound to anything; ? shows the keys")
        session.press("Esc", "Enter")
        #expect(session.rows.last?.contains("n [ quotes  J K articles  ? help  q back") == true)
    }

    @Test("wrap_width limits the article text; list columns and date format change the rows")
    func preferences() throws {
        let fixture = try ReaderTestArchive()
        let preferences = ReaderPreferences(
            listColumns: [.date], dateFormat: DateFormat(pattern: "%d/%m/%y")!, wrapWidth: 30)
        let session = ReaderSession(
            archive: fixture.archive, size: TerminalSize(width: 160, height: 30), preferences: preferences)
        session.press("Enter")
        let listWidth = session.state.layout.list!.width
        let articleLines = session.rows.prefix(29).map { String($0.dropFirst(listWidth + 2)) }
        #expect(articleLines.allSatisfy { DisplayWidth.of($0.trimmingTrailingSpaces) <= 30 })
        #expect(articleLines.contains { DisplayWidth.of($0.trimmingTrailingSpaces) > 20 })
        #expect(session.rows[0].contains("01/01/26"))
        #expect(!session.rows[0].contains("Oskar"))
        let standard = ReaderSession(archive: fixture.archive, size: TerminalSize(width: 160, height: 30))
        #expect(standard.rows[0].contains("2026-01-01"))
        #expect(standard.rows[0].contains("Oskar"))
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
