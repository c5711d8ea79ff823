import Foundation
import TestSupport
import Testing

/// The speakers panel in the real reader, driven through tmux.
@Suite("Speakers panel in tmux", .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
struct SpeakerPanelTmuxTests {
    @Test("open the seed-like article, s, choose Ruben Castellano, ] lands on his quote")
    func chooseSpeaker() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try directory.importArchive(fixtures: "seed-like.txt")

        let session = try ReaderTmuxSession(
            command: "env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 HOME='\(directory.url.path)' "
                + "'\(DatelineBinary.path)' --archive '\(archive)'",
            width: 100, height: 30)
        try session.waitFor(text: "Corvan prime minister")
        try session.send("Enter")
        try session.waitFor(text: "By Petra Lindqvist")
        try session.send("s")
        // Wait for the panel's last section: a capture may catch a frame half painted.
        let panel = try session.waitFor(text: "Unnamed sources")
        #expect(panel.contains("Speakers: "))
        #expect(panel.contains("\u{25B8} Ruben Castellano"))
        try session.send("Enter")
        try session.waitFor(text: "quote 1 of 1: Ruben Castellano")
        try session.send("]")
        let end = try session.waitFor(text: "no more quotes below")
        #expect(end.contains("outside influence was entirely"))
        try session.send("Escape")
        try session.send("]")
        try session.waitFor(text: "quote 2 of 4")
    }
}
