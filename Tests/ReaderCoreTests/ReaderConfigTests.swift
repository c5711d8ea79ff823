import Foundation
import ReaderCore
import Testing

/// Reading `config.toml`: theme, key bindings, list columns, date format, wrap width, and
/// every error with its line.
@Suite("Config file")
struct ReaderConfigTests {
    private func config(_ text: String) throws(ConfigFileError) -> ReaderConfig {
        try ReaderConfig(text: text, file: "config.toml")
    }

    private func error(_ text: String) -> ConfigFileError? {
        do {
            _ = try config(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("an empty file is the defaults")
    func empty() throws {
        #expect(try config("") == ReaderConfig())
        #expect(ReaderConfig().keymap == .standard)
    }

    @Test("the generated default config reads back as the defaults, with every action in it")
    func generatedDefault() throws {
        let text = ConfigReference.defaultConfig()
        let read = try config(text)
        #expect(read.keymap == .standard)
        #expect(read.preferences == ReaderPreferences())
        #expect(read.theme == "default")
        for action in Action.allCases {
            #expect(text.contains("\n" + action.configName + " = "), "\(action)")
            #expect(text.contains("# " + action.declaration.help), "\(action)")
        }
        for role in Role.allCases { #expect(text.contains(role.configName)) }
    }

    @Test("rebinding replaces an action's keys; a key moves from the action that had it")
    func rebinding() throws {
        let read = try config(
            """
            [keys]
            next_quote = ["n", "C-n"]
            quit = "t"
            """)
        #expect(read.keymap.action(for: .character("n")) == .nextQuote)
        #expect(read.keymap.action(for: .control("n")) == .nextQuote)
        #expect(read.keymap.action(for: .character("]")) == nil)
        #expect(read.keymap.action(for: .character("t")) == .quit)
        #expect(read.keymap.keys(for: .cycleTheme).isEmpty)
        #expect(read.keymap.action(for: .character("Q")) == nil)
        #expect(read.keymap.action(for: .character("j")) == .moveDown)
    }

    @Test("\"none\" and [] unbind an action", arguments: ["\"none\"", "[]", "[\"none\"]"])
    func unbinding(value: String) throws {
        let read = try config("[keys]\nhelp = \(value)\n")
        #expect(read.keymap.keys(for: .help).isEmpty)
        #expect(read.keymap.action(for: .character("?")) == nil)
    }

    @Test("theme, wrap width, list columns and date format")
    func settings() throws {
        let read = try config(
            """
            theme = "light"
            wrap_width = 72
            [list]
            columns = ["date"]
            date_format = "%e %b %Y"
            """)
        #expect(read.theme == "light")
        #expect(read.themeLine == 1)
        #expect(read.preferences.wrapWidth == 72)
        #expect(read.preferences.listColumns == [.date])
        #expect(read.preferences.dateFormat.pattern == "%e %b %Y")
        #expect(try config("wrap_width = 0").preferences.wrapWidth == nil)
    }

    @Test("an unknown action names the file and line")
    func unknownAction() {
        let found = error("theme = \"light\"\n\n[keys]\nmove_down = \"j\"\nquitt = \"x\"\n")
        #expect(found == ConfigFileError(file: "config.toml", line: 5, problem: .unknownAction("quitt")))
        #expect(found?.description == "config.toml:5: unknown action 'quitt'")
    }

    @Test("other mistakes name their line")
    func otherErrors() {
        #expect(
            error("[keys]\nmove_down = [\n  \"j\",\n  \"Dwn\",\n]\n")
                == ConfigFileError(file: "config.toml", line: 4, problem: .unknownKeyName("Dwn")))
        #expect(
            error("theme = \"x\"\nthme = \"y\"\n")
                == ConfigFileError(file: "config.toml", line: 2, problem: .unknownSetting("thme")))
        #expect(
            error("theme = 3\n")
                == ConfigFileError(
                    file: "config.toml", line: 1, problem: .wrongType(key: "theme", expected: "a string")))
        #expect(error("wrap_width = \"wide\"\n")?.line == 1)
        #expect(error("\nwrap_width = 5\n")?.line == 2)
        #expect(error("[list]\ncolumns = [\"date\", \"author\"]\n")?.line == 2)
        #expect(error("[list]\n\ndate_format = \"%Q\"\n")?.line == 3)
        #expect(error("[list]\nwidth = 3\n")?.problem == .unknownSetting("list.width"))
        #expect(error("keys = 3\n")?.problem == .wrongType(key: "keys", expected: "a table"))
        #expect(error("[keys]\nquit = 3\n")?.line == 2)
        #expect(error("[keys\n")?.line == 1)
    }

    @Test("date formats write UTC fields and refuse unknown ones")
    func dateFormats() throws {
        let date = Date(timeIntervalSince1970: 1_767_225_600 + 5 * 86_400 + 13 * 3_600 + 7 * 60)
        #expect(DateFormat.standard.string(for: date) == "2026-01-06")
        #expect(DateFormat(pattern: "%e %b %y %H:%M %%")?.string(for: date) == "6 Jan 26 13:07 %")
        #expect(DateFormat(pattern: "%d.%m.%Y")?.string(for: Date(timeIntervalSince1970: -1)) == "31.12.1969")
        #expect(DateFormat(pattern: "%Q") == nil)
        #expect(DateFormat(pattern: "100%") == nil)
    }

    @Test("a key given to an action while another has it is reported at its line; a key freed first is not")
    func keyConflicts() throws {
        let text = """
            theme = "default"

            [keys]
            next_quote = ["j"]
            previous_quote = ["x", "j"]
            previous_article = ["p"]
            move_up = ["K"]
            """
        let config = try ReaderConfig(text: text, file: "config.toml")
        #expect(
            config.keyConflicts.map(\.description) == [
                "config.toml:4: 'j' is already move_down; it now does next_quote only",
                "config.toml:5: 'j' is already next_quote; it now does previous_quote only",
            ])
        #expect(config.keymap.action(for: .character("j")) == .previousQuote)
        let freed = try ReaderConfig(
            text: "[keys]\nnext_quote = [\"j\"]\nmove_down = [\"Down\"]\n", file: "config.toml")
        #expect(freed.keyConflicts.isEmpty)
    }

    @Test("layout.list_width sets the list pane's width; too narrow is an error at its line")
    func listWidth() throws {
        let config = try ReaderConfig(text: "[layout]\nlist_width = 50\n", file: "config.toml")
        #expect(config.preferences.listWidth == 50)
        let state = ReaderState(size: TerminalSize(width: 120, height: 35), preferences: config.preferences)
        #expect(state.layout.list?.width == 50)
        #expect(throws: ConfigFileError.self) { try ReaderConfig(text: "[layout]\nlist_width = 5\n", file: "c.toml") }
        #expect(try ReaderConfig(text: "[layout]\nlist_width = 0\n", file: "c.toml").preferences.listWidth == nil)
    }
}
