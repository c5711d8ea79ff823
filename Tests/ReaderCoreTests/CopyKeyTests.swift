import Foundation
import ReaderCore
import TestSupport
import Testing

/// `y` and `Y`: what goes on the clipboard.
@Suite("Copying from the reader")
struct CopyKeyTests {
    /// What the session was asked to copy, in order.
    private final class Clipboard: @unchecked Sendable {
        var copies: [String] = []
    }

    private func session(_ fixture: ReaderTestArchive, clipboard: Clipboard) -> ReaderSession {
        ReaderSession(
            archive: fixture.archive, size: TerminalSize(width: 100, height: 30),
            copy: { text in
                clipboard.copies.append(text)
                return nil
            })
    }

    @Test("y copies the marked quote with its speaker; without one it says what it needs")
    func quote() throws {
        let fixture = try ReaderTestArchive()
        let clipboard = Clipboard()
        let session = session(fixture, clipboard: clipboard)
        session.press("j", "Enter", "y")
        #expect(clipboard.copies.isEmpty)
        #expect(session.state.status?.text == "no quote marked (] marks one) and no web address to copy")
        session.press("]", "y")
        #expect(clipboard.copies == ["\u{201C}Quote number 7 is about the fog,\u{201D} \u{2014} Jonas Brekke"])
        #expect(session.state.status?.text == "copied the quote")
    }

    @Test("Y copies the article as Markdown: heading, byline in italics, paragraphs")
    func article() throws {
        let fixture = try ReaderTestArchive()
        let clipboard = Clipboard()
        let session = session(fixture, clipboard: clipboard)
        session.press("Enter", "Y")
        let markdown = try #require(clipboard.copies.first)
        #expect(markdown.hasPrefix("# Harbour pilots end two-week strike at Tessaly port\n\n*"))
        #expect(markdown.contains("Oskar Melnyk*\n\nHarbour pilots at the port of Tessaly"))
        #expect(markdown.hasSuffix("one agent told reporters.\n"))
    }

    @Test("copy_command in config.toml gets the text on its standard input; a failing one says so and ends nothing")
    func command() throws {
        let config = try ReaderConfig(text: "copy_command = \"wl-copy\"\n", file: "config.toml")
        #expect(config.preferences.copyCommand == "wl-copy")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.path("clipboard.txt")
        #expect(CopyCommand.run("cat > '\(file)'", text: "“Tide” \u{2014} Mira") == nil)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "“Tide” \u{2014} Mira")
        // More than a pipe holds, to a command that reads none of it: no SIGPIPE ends the reader.
        let long = String(repeating: "x", count: 200_000)
        #expect(CopyCommand.run("exit 3", text: long) == "copy_command exit 3 failed (status 3)")
    }
}
