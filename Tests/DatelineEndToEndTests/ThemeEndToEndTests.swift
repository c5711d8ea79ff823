import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Themes and config.toml through the real binary: the reader in tmux, and the `themes`
/// and `config` commands.
@Suite("Themes and config, end to end", .serialized)
struct ThemeEndToEndTests {
    /// A temporary archive holding the seed-like fixture, and a config folder.
    private struct Setup {
        let directory: TemporaryDirectory
        let archive: String
        let configHome: String

        init() throws {
            directory = try TemporaryDirectory()
            archive = try directory.importArchive(fixtures: "seed-like.txt")
            configHome = directory.path("config")
            try FileManager.default.createDirectory(
                atPath: configHome + "/dateline/themes", withIntermediateDirectories: true)
        }

        func writeConfig(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: configHome + "/dateline/" + name))
        }

        /// The reader in tmux (TERM=xterm-256color, plus `environment`), with the article
        /// open and its quote showing.
        func reader(_ arguments: [String] = [], environment: String = "") throws -> ReaderTmuxSession {
            let command =
                "env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 XDG_CONFIG_HOME='\(configHome)' \(environment) "
                + "'\(DatelineBinary.path)' --archive '\(archive)' "
                + arguments.map { "'\($0)'" }.joined(separator: " ") + "; sleep 600"
            let session = try ReaderTmuxSession(command: command, width: 100, height: 30)
            try session.waitFor(text: "Corvan prime minister")
            try session.send("Enter")
            try session.waitFor(text: "decisive")
            return session
        }

        func run(_ arguments: [String]) throws -> DatelineBinary.Result {
            try DatelineBinary.run(arguments, environment: ["XDG_CONFIG_HOME": configHome])
        }
    }

    /// The styles of every line of the screen, with escapes.
    private func lines(of session: ReaderTmuxSession) throws -> [ReaderSGRLine] {
        try session.capture(escapes: true).split(separator: "\n").map { ReaderSGRLine(String($0)) }
    }

    /// The style of `needle` (all its characters alike) on the screen.
    private func style(of needle: String, in session: ReaderTmuxSession) throws -> String? {
        for line in try lines(of: session) {
            if let styles = line.styles(of: needle) { return Set(styles).count == 1 ? styles[0] : "mixed: \(styles)" }
        }
        return nil
    }

    @Test(
        "--theme light draws the quote in another colour than the default theme",
        .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
    func lightTheme() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        let standard = try style(of: "decisive", in: try setup.reader())
        let light = try style(of: "decisive", in: try setup.reader(["--theme", "light"]))
        #expect(standard == "fg=33 bg=default attrs=[1]")
        #expect(light == "fg=34 bg=default attrs=[1]")
    }

    @Test(
        "t switches the theme live, and the next start keeps it unless --theme says otherwise",
        .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
    func cycleLive() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        let session = try setup.reader()
        try session.send("t")
        try session.waitFor(text: "theme light")
        #expect(try style(of: "decisive", in: session) == "fg=34 bg=default attrs=[1]")
        try session.send("Q")
        #expect(try style(of: "decisive", in: try setup.reader()) == "fg=34 bg=default attrs=[1]")
        #expect(
            try style(of: "decisive", in: try setup.reader(["--theme", "default"])) == "fg=33 bg=default attrs=[1]")
    }

    @Test(
        "NO_COLOR and --theme mono remove colours; the quote keeps italic and underline",
        .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"),
        arguments: [(["--theme", "mono"], ""), ([], "NO_COLOR=1"), (["--theme", "light"], "NO_COLOR=1")])
    func noColor(arguments: [String], environment: String) throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        let session = try setup.reader(arguments, environment: environment)
        let colored = try lines(of: session).flatMap(\.styles).filter { !$0.hasPrefix("fg=default bg=default") }
        #expect(colored.isEmpty, "coloured cells: \(Set(colored))")
        let quote = try style(of: "decisive", in: session)
        #expect(quote == "fg=default bg=default attrs=[3, 4]")
        #expect(try style(of: "propped", in: session) == "fg=default bg=default attrs=[]")
    }

    @Test(
        "a key rebound in config.toml works in the reader",
        .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
    func reboundKey() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        try setup.writeConfig("config.toml", "[keys]\nnext_quote = [\"n\"]\n")
        let session = try setup.reader()
        try session.send("n")
        try session.waitFor(text: "quote 1 of")
    }

    @Test(
        "a broken config is reported with file and line, and the reader starts anyway",
        .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
    func brokenConfig() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        try setup.writeConfig("config.toml", "[keys]\nquitt = \"x\"\n")
        let command =
            "env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 XDG_CONFIG_HOME='\(setup.configHome)' "
            + "'\(DatelineBinary.path)' --archive '\(setup.archive)'; sleep 600"
        let session = try ReaderTmuxSession(command: command, width: 200, height: 30)
        let screen = try session.waitFor(text: "unknown action 'quitt'")
        #expect(screen.contains("config.toml:2: unknown action 'quitt'"))
        #expect(screen.contains("Corvan prime minister"))
    }

    @Test("themes lists the bundled themes and the user's; a broken one exits 1 with file:line")
    func themesCommand() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        let listed = try setup.run(["themes"])
        #expect(listed.status == 0)
        let names = listed.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(names == ["default", "light", "high-contrast", "mono", "dusk"])
        #expect(!listed.stdout.contains("\u{1B}"))

        let themes = setup.configHome + "/dateline/themes/"
        try Data("inherit = \"light\"\n[quote]\nfg = \"#ff8700\"\n".utf8).write(
            to: URL(fileURLWithPath: themes + "amber.toml"))
        let withUser = try setup.run(["themes"])
        #expect(withUser.status == 0)
        #expect(withUser.stdout.contains("amber"))

        try Data("description = \"x\"\n\n[quot]\nfg = \"red\"\n".utf8).write(
            to: URL(fileURLWithPath: themes + "solar.toml"))
        let broken = try setup.run(["themes"])
        #expect(broken.status == 1)
        #expect(broken.stderr == "dateline: \(themes)solar.toml:3: unknown role 'quot'\n")
        let check = try setup.run(["config", "--check"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("solar.toml:3: unknown role 'quot'"))
    }

    @Test("config --check passes good files and names the line of a bad one")
    func configCheck() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        #expect(try setup.run(["config", "--check"]).status == 0)
        try setup.writeConfig("config.toml", "theme = \"light\"\nwrap_width = 72\n[list]\ndate_format = \"%Q\"\n")
        let check = try setup.run(["config", "--check"])
        #expect(check.status == 1)
        #expect(
            check.stderr.hasPrefix("dateline: \(setup.configHome)/dateline/config.toml:4: 'date_format' cannot be '%Q'")
        )
        try setup.writeConfig("config.toml", "\ntheme = \"nope\"\n")
        #expect(
            try setup.run(["config", "--check"]).stderr
                == "dateline: \(setup.configHome)/dateline/config.toml:2: no theme named 'nope' (dateline themes lists them)\n"
        )
        try setup.writeConfig("config.toml", "[keys]\nnext_quote = [\"j\"]\n")
        let conflict = try setup.run(["config", "--check"])
        #expect(conflict.status == 1)
        #expect(
            conflict.stderr
                == "dateline: \(setup.configHome)/dateline/config.toml:2: 'j' is already move_down; it now does next_quote only\n"
        )
    }

    @Test("hostile settings files get one line each: deep nesting, over 1 MB, a named pipe")
    func hostileSettingsFiles() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        let themes = setup.configHome + "/dateline/themes/"
        try setup.writeConfig("config.toml", "theme = " + String(repeating: "[", count: 50_000) + "\n")
        try Data(("# " + String(repeating: "k", count: 1_100_000) + "\n").utf8).write(
            to: URL(fileURLWithPath: themes + "huge.toml"))
        #expect(mkfifo(themes + "pipe.toml", 0o600) == 0)
        let check = try setup.run(["config", "--check"])
        #expect(check.status == 1)
        let config = setup.configHome + "/dateline/config.toml"
        #expect(check.stderr.contains("\(config):1: arrays and inline tables nest more than 32 levels deep\n"))
        #expect(check.stderr.contains("huge.toml: the file is over 1 MB, more than a settings or theme file may be\n"))
        #expect(check.stderr.contains("pipe.toml: cannot read the file\n"))
        #expect(check.stderr.count < 2_000)
    }

    @Test("an installed binary, away from the repository, still has the bundled themes")
    func installedBinary() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        let installed = setup.directory.path("bin-dateline")
        try FileManager.default.copyItem(atPath: DatelineBinary.path, toPath: installed)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: installed)
        process.arguments = ["themes"]
        process.currentDirectoryURL = setup.directory.url
        process.environment = ["XDG_CONFIG_HOME": setup.configHome, "LANG": "C.UTF-8"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("high-contrast") && text.contains("dusk"))
    }

    @Test("config --print-default prints a config every action is in")
    func printDefault() throws {
        let printed = try DatelineBinary.run(["config", "--print-default"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("\n[keys]\n"))
        #expect(printed.stdout.contains("cycle_theme = [\"t\"]"))
    }

    @Test("show --format ansi takes --theme; an unknown theme is one sentence and exit 1")
    func showWithTheme() throws {
        let setup = try Setup()
        defer { setup.directory.remove() }
        let environment = ["XDG_CONFIG_HOME": setup.configHome, "TERM": "xterm-256color"]
        let light = try DatelineBinary.run(
            ["show", "--archive", setup.archive, "1", "--format", "ansi", "--theme", "light"], environment: environment)
        #expect(light.status == 0)
        #expect(light.stdout.contains("\u{1B}[0;1;34m\u{201C}The outside influence"))
        let unknown = try DatelineBinary.run(
            ["show", "--archive", setup.archive, "1", "--format", "ansi", "--theme", "nope"], environment: environment)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "dateline: no theme named 'nope' (dateline themes lists them)\n")
        #expect(unknown.stdout.isEmpty)
    }
}
