import Foundation
import TestSupport
import Testing

/// Emoji sequences drawn by the real reader in tmux: whole, and with nothing left over.
@Suite("Reader emoji in tmux", .serialized, .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
struct ReaderEmojiTmuxTests {
    private static let astronaut = "\u{1F469}\u{200D}\u{1F680}"
    private static let museum = "\u{1F3DB}\u{FE0F}"

    @Test("a ZWJ sequence is drawn whole and a VS16 emoji leaves no stale cell where the list was")
    func emojiSequences() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let article = """
            Museum \(Self.museum) greets crew \(Self.astronaut) home

            The crew \(Self.astronaut) landed at dawn and walked to the museum \(Self.museum) by noon.
            """
        let archive = try directory.importArchive([("emoji.txt", Array(article.utf8))])
        let command = ReaderTmuxSession.readerCommand(archive: archive)
        let tmux = try ReaderTmuxSession(command: command, width: 60, height: 20)
        try tmux.waitFor(text: "greets crew")
        try tmux.send("Enter")
        let screen = try tmux.waitFor(text: "landed at dawn")
        let lines = screen.split(separator: "\n").map(String.init)
        let title = try #require(lines.first { $0.contains("greets") })
        // tmux 3.3 gives the VS16 emoji one column: the column after it is the painter's blank,
        // not what the list pane had drawn there.
        #expect(title.hasPrefix(" Museum \(Self.museum)  greets crew \(Self.astronaut) home"), "\(title)")
        let body = try #require(lines.first { $0.contains("landed") })
        #expect(body.contains("crew \(Self.astronaut) landed"), "\(body)")
        try tmux.send("Q")
        try tmux.waitFor(text: "reader exited with status 0")
    }
}
