import Foundation
import TestSupport
import Testing

/// `|` in the real reader: the command gets the terminal and the article, then a key brings
/// the reader back.
@Suite("Reader pipe in tmux", .serialized, .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
struct ReaderPipeTmuxTests {
    @Test("| runs the command on the article with the terminal suspended; a key press returns to the reader")
    func pipe() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try directory.importArchive(fixtures: "seed-like.txt")
        let out = directory.path("piped.md")
        let command = ReaderTmuxSession.readerCommand(archive: archive)
        let tmux = try ReaderTmuxSession(command: command, width: 100, height: 30)
        try tmux.waitFor(text: "Corvan prime minister")
        try tmux.send("Enter")
        try tmux.waitFor(text: "propped")
        try tmux.send("|")
        try tmux.waitFor(text: "pipe to:")
        try tmux.send("-l", "tee '\(out)' | wc -l | sed 's/^/lines piped: /'")
        try tmux.send("Enter")
        let outside = try tmux.waitFor(text: "Press any key to return to Dateline.")
        #expect(outside.contains("lines piped: "))
        #expect(try tmux.format("#{alternate_on}") == "0")
        try tmux.send("x")
        try tmux.waitFor(text: "piped the article to tee")
        #expect(try tmux.format("#{alternate_on}") == "1")
        let piped = try String(contentsOfFile: out, encoding: .utf8)
        #expect(piped.hasPrefix("# Corvan prime minister"))
        try tmux.send("Q")
        try tmux.waitFor(text: "reader exited with status 0")
    }
}
