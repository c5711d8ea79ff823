import Foundation
import ReaderCore
import TestSupport
import Testing

/// `|`: the article piped to a command, like mutt's pipe.
@Suite("Piping an article")
struct PipeKeyTests {
    /// The commands the session was asked to run, with their input.
    private final class Runs: @unchecked Sendable {
        var commands: [(command: String, text: String)] = []
        var failure: String?
    }

    private func session(_ fixture: ReaderTestArchive, runs: Runs) -> ReaderSession {
        ReaderSession(
            archive: fixture.archive, size: TerminalSize(width: 100, height: 30),
            pipe: { command, text in
                runs.commands.append((command, text))
                return runs.failure
            })
    }

    @Test("| asks for a command and pipes the article as Markdown; the next | offers the same command")
    func pipe() throws {
        let fixture = try ReaderTestArchive()
        let runs = Runs()
        let session = session(fixture, runs: runs)
        session.press("|")
        #expect(session.state.status?.text == "open an article first")
        session.press("Enter", "|")
        #expect(session.rows.last?.hasPrefix(" pipe to: ") == true)
        session.type("wc -w")
        session.press("Enter")
        #expect(runs.commands.map(\.command) == ["wc -w"])
        let text = try #require(runs.commands.first?.text)
        #expect(text.hasPrefix("# Harbour pilots end two-week strike at Tessaly port\n\n*By Oskar Melnyk*\n\n"))
        #expect(!text.contains("min read"))
        #expect(session.state.status?.text == "piped the article to wc -w")
        session.press("|")
        #expect(session.rows.last?.hasPrefix(" pipe to: wc -w") == true)
        session.press("Esc")
        #expect(runs.commands.count == 1)
    }

    @Test("a command that fails is reported on the status line as an error")
    func failure() throws {
        let fixture = try ReaderTestArchive()
        let runs = Runs()
        runs.failure = "false failed (status 1)"
        let session = session(fixture, runs: runs)
        session.press("Enter", "|")
        session.type("false")
        session.press("Enter")
        #expect(session.state.status == StatusMessage("false failed (status 1)", isError: true))
    }

    @Test("PipeCommand gives the text to the command and reports a failing one")
    func command() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let out = directory.path("out.txt")
        #expect(PipeCommand.run("cat > '\(out)'", text: "# Title\n\nBody\n") == nil)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "# Title\n\nBody\n")
        #expect(PipeCommand.run("exit 3", text: "x") == "exit 3 failed (status 3)")
    }
}
