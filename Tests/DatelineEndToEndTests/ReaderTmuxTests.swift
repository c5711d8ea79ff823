import Foundation
import TestSupport
import Testing

/// The real `dateline` binary driven in tmux: what a user sees and types.
@Suite("Reader in tmux", .serialized, .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
struct ReaderTmuxTests {
    /// A temporary archive holding the seed-like fixture article.
    private struct ImportedArchive {
        let directory: TemporaryDirectory
        let path: String

        init() throws {
            directory = try TemporaryDirectory()
            path = try directory.importArchive(fixtures: "seed-like.txt")
        }

        /// The shell command that runs the reader on this archive and reports how it ended.
        func readerCommand(environment: String = "TERM=xterm-256color LANG=C.UTF-8") -> String {
            "env -u NO_COLOR \(environment) '\(DatelineBinary.path)' --archive '\(path)'; "
                + "echo \"reader exited with status $?\"; sleep 600"
        }
    }

    /// The style of `needle` on the first line of a `capture-pane -e` text that shows it.
    private func style(of needle: String, in capture: String) -> String? {
        for line in capture.split(separator: "\n") {
            if let styles = ReaderSGRLine(String(line)).styles(of: needle) {
                return Set(styles).count == 1 ? styles[0] : "mixed: \(styles)"
            }
        }
        return nil
    }

    @Test("open the article, see the quote highlighted, jump to it, resize, quit cleanly")
    func readArticle() throws {
        let archive = try ImportedArchive()
        defer { archive.directory.remove() }
        let tmux = try ReaderTmuxSession(command: archive.readerCommand(), width: 100, height: 30)
        try tmux.waitFor(text: "Corvan prime minister")
        #expect(try tmux.format("#{alternate_on}") == "1")

        try tmux.send("Enter")
        let article = try tmux.waitFor("the article with its quote", escapes: true) {
            $0.contains("influence") && $0.contains("By Petra Lindqvist")
        }
        let quoteStyle = try #require(style(of: "influence", in: article))
        let bodyStyle = try #require(style(of: "propped", in: article))
        #expect(quoteStyle != bodyStyle, "the quote looks like body text: \(quoteStyle)")
        #expect(!quoteStyle.hasPrefix("mixed"))
        #expect(!quoteStyle.hasPrefix("fg=default"), "the quote has no colour: \(quoteStyle)")
        #expect(bodyStyle == "fg=default bg=default attrs=[]")

        try tmux.send("]")
        try tmux.waitFor(text: "quote 1 of")

        for (width, height) in [(60, 20), (20, 6), (100, 30)] {
            try tmux.resize(width: width, height: height)
            try tmux.waitFor("a redraw at \(width)×\(height)") { text in
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.count >= height && text.contains("line ")
                    && (width < 100 || text.contains("influence"))
            }
        }

        try tmux.send("q")
        try tmux.waitFor(text: "2026")  // back on the list, which shows dates
        try tmux.send("q")
        try tmux.waitFor(text: "reader exited with status 0")
        #expect(try tmux.format("#{alternate_on}") == "0")
        #expect(try tmux.format("#{cursor_flag}") == "1")
    }

    @Test("Ctrl-C and SIGTERM restore the terminal and keep the place: the next start reopens the article")
    func signals() throws {
        let archive = try ImportedArchive()
        defer { archive.directory.remove() }
        let interrupted = try ReaderTmuxSession(command: archive.readerCommand(), width: 100, height: 30)
        try interrupted.waitFor(text: "Corvan prime minister")
        try interrupted.send("Enter")
        try interrupted.waitFor(text: "propped")
        try interrupted.send("C-c")
        try interrupted.waitFor(text: "reader exited with status 130")
        #expect(try interrupted.format("#{alternate_on}") == "0")

        let reopened = try ReaderTmuxSession(command: archive.readerCommand(), width: 100, height: 30)
        let screen = try reopened.waitFor(text: "Corvan prime minister")
        #expect(!screen.contains("Select an article"))
        try reopened.waitFor(text: "propped")
        try reopened.send("Q")
        try reopened.waitFor(text: "reader exited with status 0")

        let terminated = try ReaderTmuxSession(command: archive.readerCommand(), width: 100, height: 30)
        try terminated.waitFor(text: "Corvan prime minister")
        let shell = try terminated.format("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let reader = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        kill(reader, SIGTERM)
        try terminated.waitFor(text: "reader exited with status 143")
        #expect(try terminated.format("#{alternate_on}") == "0")
    }

    @Test("LANG=C and TERM=vt100 still show the article, wide characters included; Home and End work")
    func plainTerminal() throws {
        let archive = try ImportedArchive()
        defer { archive.directory.remove() }
        let tmux = try ReaderTmuxSession(
            command: archive.readerCommand(environment: "TERM=vt100 LANG=C LC_ALL=C"), width: 100, height: 30)
        try tmux.waitFor(text: "Corvan prime minister")
        try tmux.send("Enter")
        try tmux.waitFor(text: "cabinet in office")
        // vt100's description has no Home or End: their escape sequences still work.
        try tmux.send("End")
        try tmux.waitFor(text: "line 9/37 100%")
        try tmux.send("Home")
        try tmux.waitFor(text: " line 1/")
        try tmux.waitFor(text: "cabinet in office")
        try tmux.send("Q")
        try tmux.waitFor(text: "reader exited with status 0")
    }

    @Test("TERM=dumb is refused in one line that says what to use instead")
    func dumbTerminal() throws {
        let archive = try ImportedArchive()
        defer { archive.directory.remove() }
        let tmux = try ReaderTmuxSession(
            command: archive.readerCommand(environment: "TERM=dumb LANG=C.UTF-8"), width: 100, height: 30)
        let screen = try tmux.waitFor(text: "reader exited with status 1")
        #expect(screen.contains("cannot move the cursor"))
        #expect(screen.contains("dateline show ID"))
    }

    @Test("with standard output not a terminal the reader says what to use instead")
    func notATerminal() throws {
        let archive = try ImportedArchive()
        defer { archive.directory.remove() }
        let result = try DatelineBinary.run(["--archive", archive.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("dateline list") == true)
    }
}
