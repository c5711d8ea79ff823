import ArchiveStore
import Foundation
import TestSupport
import Testing

/// The real reader in tmux: delete an article, bring it back, quit; the archive stays sound.
@Suite("Reader delete and undo in tmux", .enabled(if: ReaderTmuxSession.isAvailable))
struct ReaderDeleteTmuxTests {
    @Test("d, y deletes; X brings the article back; q quits; the integrity check passes")
    func deleteUndoQuit() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try directory.importArchive([
            ("breakwater.txt", Array("Breakwater finished\nThe new breakwater held through the storm.\n".utf8)),
            ("market.txt", Array("Fish market moves\nThe fish market opens on the east quay.\n".utf8)),
        ])
        #expect(try DatelineBinary.run(["tag", "2", "+quay", "--archive", archive]).status == 0)
        let reader = try ReaderTmuxSession(
            command: "env TERM=xterm-256color LANG=C.UTF-8 HOME='\(directory.url.path)' "
                + "'\(DatelineBinary.path)' --archive '\(archive)'",
            width: 100, height: 30)
        _ = try reader.waitFor(text: "Fish market moves")
        try reader.send("d")
        _ = try reader.waitFor(text: "delete \u{201C}Fish market moves\u{201D}? (y/n)")
        try reader.send("y")
        _ = try reader.waitFor(text: "X brings it back")
        let listed = try DatelineBinary.run(["list", "--archive", archive]).stdout
        #expect(!listed.contains("Fish market moves"))
        try reader.send("X")
        _ = try reader.waitFor(text: "brought back")
        try reader.send("q")
        let deadline = Date().addingTimeInterval(10)
        while (try? reader.capture()) != nil {
            try #require(Date() < deadline, "the reader did not end")
            Thread.sleep(forTimeInterval: 0.05)
        }
        let after = try DatelineBinary.run(["list", "--archive", archive]).stdout
        #expect(after.contains("Fish market moves"))
        #expect(after.contains("#quay"))
        #expect(try Archive.open(path: archive, access: .read).integrityCheck())
    }
}
