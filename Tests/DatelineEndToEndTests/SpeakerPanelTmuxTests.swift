import Foundation
import TestSupport
import Testing

/// The speakers panel in the real reader, driven through tmux.
@Suite("Speakers panel in a terminal", .enabled(if: TmuxSession.isAvailable))
struct SpeakerPanelTmuxTests {
    @Test("open the seed-like article, s, choose Ruben Castellano, ] lands on his quote")
    func chooseSpeaker() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let seed = try directory.write("seed-like.txt", Fixtures.bytes("seed-like.txt"))
        let imported = try DatelineBinary.run(["import", "--archive", archive, seed])
        #expect(imported.status == 0)

        let session = try TmuxSession([DatelineBinary.path, "--archive", archive], in: directory)
        defer { session.close() }
        try session.waitFor("Corvan prime minister")
        try session.send("Enter")
        try session.waitFor("By Petra Lindqvist")
        try session.send("s")
        let panel = try session.waitFor("Speakers: ")
        #expect(panel.contains { $0.contains("\u{25B8} Ruben Castellano") })
        #expect(panel.contains { $0.contains("Unnamed sources") })
        try session.send("Enter")
        try session.waitFor("quote 1 of 1: Ruben Castellano")
        try session.send("]")
        let end = try session.waitFor("no more quotes below")
        #expect(end.contains { $0.contains("\u{201C}The outside influence was") })
        try session.send("Escape", "]")
        try session.waitFor("quote 2 of 4")
        try session.send("q", "q")
    }
}
