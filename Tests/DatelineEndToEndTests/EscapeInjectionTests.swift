import Foundation
import TestSupport
import Testing

/// Articles full of terminal escape sequences, shown by `dateline show` and by the reader in a
/// real terminal (tmux): the pane title, the screen and the clipboard stay untouched.
@Suite("Escape injection", .serialized, .enabled(if: ReaderTmuxSession.isAvailable))
struct EscapeInjectionTests {
    /// Every kind of sequence the reader must not pass on: title change, clipboard write,
    /// screen clear, cursor move, C1 CSI, bidi override, zero-width space.
    static let hostileArticle =
        [
            "Harbour talks \u{1B}]0;pwned-title\u{07}resume",
            "Officials met \u{1B}]52;c;cHduZWQtY2xpcGJvYXJk\u{07}on Tuesday, three sources said.",
            "The screen \u{1B}[2J\u{1B}[H stays \u{1B}[5;5Hput and \u{9B}2J inert.",
            "A reversed \u{202E}txet\u{202C} and a hidden\u{200B}space.",
            "By Tove Lang",
        ].joined(separator: "\n") + "\n"

    static func archive(in directory: TemporaryDirectory) throws -> String {
        try directory.importArchive([("hostile.txt", Array(hostileArticle.utf8))])
    }

    /// A session with OSC 52 clipboard writes allowed and a known pane title.
    static func session(running command: String) throws -> ReaderTmuxSession {
        let session = try ReaderTmuxSession(command: command, width: 100, height: 30)
        try session.run(["set-option", "-g", "set-clipboard", "on"])
        try session.run(["select-pane", "-T", "clean-title"])
        return session
    }

    @Test("the checks can fail: a raw title change and clipboard write do reach tmux")
    func control() throws {
        let session = try Self.session(
            running: "sleep 0.5; printf '\\033]2;pwned-title\\007\\033]52;c;cHduZWQ=\\007MARK\\n'; sleep 30")
        try session.waitFor(text: "MARK")
        #expect(try session.format("#{pane_title}") == "pwned-title")
        #expect(!(try session.run(["list-buffers"])).isEmpty)
    }

    @Test("dateline show prints the sequences as visible symbols; the terminal is untouched")
    func show() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try Self.archive(in: directory)
        let session = try Self.session(
            running:
                "sleep 0.5; echo BEFORE-SHOW; '\(DatelineBinary.path)' show 1 --archive '\(archive)'; echo AFTER-SHOW; sleep 30"
        )
        let screen = try session.waitFor("the end of the show output") {
            $0.contains("AFTER-SHOW") && $0.contains("BEFORE-SHOW")
        }
        #expect(screen.contains("BEFORE-SHOW"), "the screen was cleared")
        #expect(screen.contains("\u{241B}]0;pwned-title\u{2407}"))
        #expect(screen.contains("\u{241B}]52;c;"))
        #expect(screen.contains("\u{241B}[2J"))
        #expect(try session.format("#{pane_title}") == "clean-title")
        #expect(try session.run(["list-buffers"]).isEmpty)
    }

    @Test("the reader shows the sequences as visible symbols in the list and the article")
    func reader() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try Self.archive(in: directory)
        let session = try Self.session(running: "sleep 0.5; '\(DatelineBinary.path)' --archive '\(archive)'")
        try session.waitFor(text: "Harbour talks")
        try session.send("Enter")
        // Both lines must be painted: a capture may catch a frame half drawn.
        let screen = try session.waitFor("the opened article") {
            $0.contains("three sources said") && $0.contains("\u{241B}]52;c;")
        }
        #expect(screen.contains("By Tove Lang"))
        #expect(try session.format("#{pane_title}") == "clean-title")
        #expect(try session.run(["list-buffers"]).isEmpty)
        try session.send("Q")
    }
}
