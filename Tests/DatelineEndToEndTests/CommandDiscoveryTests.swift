import Foundation
import TestSupport
import Testing

/// What a new user meets first: the version, `info`, the top-level help and a mistyped command.
@Suite("Finding one's way around the command line")
struct CommandDiscoveryTests {
    struct InfoJSON: Decodable {
        var version: String
        var archive: String
        var schema: String
        var analyser: Int
        var articles: Int
        var quotes: Int
        var bookmarks: Int
    }

    @Test("--version prints the version and exits 0")
    func version() throws {
        let result = try DatelineBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test("info names the archive, its schema and analyser versions, and its counts")
    func info() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let article = try directory.write("a.txt", Fixtures.bytes("seed-like.txt"))
        _ = try DatelineBinary.run(["import", "--archive", archive, article])
        _ = try DatelineBinary.run(["bookmarks", "add", "1", "--archive", archive])
        let version = try DatelineBinary.run(["--version"]).stdout.trimmingCharacters(in: .newlines)

        let json = try DatelineBinary.run(["info", "--archive", archive, "--format", "json"])
        #expect(json.status == 0)
        let info = try JSONDecoder().decode(InfoJSON.self, from: Data(json.stdout.utf8))
        #expect(info.version == version)
        #expect(info.archive == archive)
        #expect(info.schema.hasPrefix("v"))
        #expect(info.analyser > 0)
        #expect(info.articles == 1)
        #expect(info.quotes > 0)
        #expect(info.bookmarks == 1)

        let text = try DatelineBinary.run(["info", "--archive", archive])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.first == "version:   \(version)")
        #expect(lines.contains("archive:   \(archive)"))
        #expect(lines.contains("articles:  1"))
        #expect(lines.contains("quotes:    \(info.quotes)"))
    }

    @Test("the top-level help shows the global options")
    func topLevelHelp() throws {
        let result = try DatelineBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--archive <path>"))
        #expect(result.stdout.contains("--theme <name|path>"))
        #expect(result.stdout.contains("info"))
    }

    @Test("an unknown command is named, with the list of commands")
    func unknownCommand() throws {
        for arguments in [["frobnicate"], ["--archive", "/nonexistent/a.sqlite", "frobnicate"]] {
            let result = try DatelineBinary.run(arguments)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr.hasPrefix("dateline: unknown command 'frobnicate'; the commands are read, import, list"))
            #expect(!result.stderr.contains("Usage"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test("completion scripts for bash, zsh and fish; --theme completes theme names")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try DatelineBinary.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("dateline"))
        }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // What the bash script runs for `dateline --theme hi<Tab>`: word 2, cursor after 2 characters.
        let themes = try DatelineBinary.run(
            ["---completion", "read", "--", "--theme", "2", "2", "dateline", "--theme", "hi"],
            environment: ["XDG_CONFIG_HOME": directory.path("config")])
        #expect(themes.stdout == "high-contrast\n")
    }

    @Test("article ids and speaker names complete from the archive the command line names")
    func archiveCompletions() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try directory.write("a.txt", text: "Port plan\n\n“We will rebuild the pier,” said Ida Lund.\n")
        _ = try directory.write("b.txt", text: "Lock gates\n\n“The gates open at dawn,” said Tom Reid.\n")
        let archive = directory.path("archive.sqlite")
        _ = try DatelineBinary.run(["import", "--archive", archive, directory.path("a.txt"), directory.path("b.txt")])
        // What the bash script runs for `dateline show --archive PATH <Tab>` and `… --speaker lu<Tab>`.
        let ids = try DatelineBinary.run(
            ["---completion", "show", "--", "positional@0", "4", "0", "dateline", "show", "--archive", archive, ""])
        #expect(ids.stdout.split(separator: "\n").sorted() == ["1", "2"])
        let speakers = try DatelineBinary.run(
            [
                "---completion", "quotes", "--", "--speaker", "5", "2", "dateline", "quotes", "--archive", archive,
                "--speaker", "lu",
            ])
        #expect(speakers.stdout == "Ida Lund\n")
        // A missing archive offers nothing and is not created.
        let missing = directory.path("missing.sqlite")
        let none = try DatelineBinary.run(
            ["---completion", "show", "--", "positional@0", "4", "0", "dateline", "show", "--archive", missing, ""])
        #expect(none.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
