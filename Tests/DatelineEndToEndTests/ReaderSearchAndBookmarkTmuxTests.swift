import Foundation
import TestSupport
import Testing

/// The real reader in tmux: search in the article and the archive, and a bookmark that
/// survives a restart.
@Suite("Reader search and bookmarks in tmux", .enabled(if: ReaderTmuxSession.isAvailable))
struct ReaderSearchAndBookmarkTmuxTests {
    private let seedTitle = "Corvan prime minister"

    /// A temporary archive holding the seed-like fixture (the newest) and another article.
    private func archive(in directory: TemporaryDirectory) throws -> String {
        try directory.importArchive(fixtures: "no-byline.txt", "seed-like.txt")
    }

    /// The reader on `archive` in a 100×30 tmux session.
    private func start(_ archive: String, in directory: TemporaryDirectory) throws -> ReaderTmuxSession {
        try ReaderTmuxSession(
            command: "env TERM=xterm-256color LANG=C.UTF-8 HOME='\(directory.url.path)' "
                + "'\(DatelineBinary.path)' --archive '\(archive)'",
            width: 100, height: 30)
    }

    /// The screen rows.
    private func rows(_ reader: ReaderTmuxSession) throws -> [String] {
        try reader.capture().components(separatedBy: "\n")
    }

    /// Types `text` one key at a time.
    private func type(_ text: String, into reader: ReaderTmuxSession) throws {
        for character in text { try reader.send(String(character)) }
    }

    /// Waits until the reader has ended (its tmux session is gone).
    private func waitForExit(_ reader: ReaderTmuxSession) throws {
        let deadline = Date().addingTimeInterval(10)
        while (try? reader.capture()) != nil {
            try #require(Date() < deadline, "the reader did not end")
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Waits until the status line (the last row with text) starts with `prefix`, the prompt
    /// closed; returns that row.
    @discardableResult
    private func waitForStatus(_ prefix: String, in reader: ReaderTmuxSession) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        var status = ""
        while Date() < deadline {
            status = try rows(reader).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            if status.hasPrefix(" " + prefix) { return status }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try #require(Bool(false), "the status line never started with \(prefix); it was: \(status)")
        return status
    }

    @Test("/outside finds the matches, n and N move, /zzz is not found; /castellano in the list finds the article")
    func search() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try archive(in: directory)
        let reader = try start(path, in: directory)
        try reader.waitFor(text: seedTitle)
        try reader.send("Enter")
        try reader.waitFor(text: "Ruben Castellano")
        try reader.send("/")
        try type("outside", into: reader)
        try reader.send("Enter")
        let first = try waitForStatus("match 1/", in: reader)
        let total = try #require(first.firstMatch(of: /match 1\/(\d+)/).flatMap { Int($0.1) })
        #expect(total >= 2)
        try reader.send("n")
        try waitForStatus("match 2/\(total)", in: reader)
        try reader.send("N")
        try waitForStatus("match 1/\(total)", in: reader)
        try reader.send("N")
        try waitForStatus("match \(total)/\(total) (search wrapped to the bottom)", in: reader)
        try reader.send("/")
        try type("zzz", into: reader)
        try reader.send("Enter")
        try waitForStatus("Pattern not found: zzz", in: reader)
        try reader.send("q", "/")
        try type("castellano", into: reader)
        try reader.send("Enter")
        try reader.waitFor(text: "1 article matches castellano")
        #expect(try rows(reader).contains { $0.hasPrefix("    ") && $0.contains("Castellano") })
        try reader.send("Q")
        try waitForExit(reader)
    }

    @Test("b bookmarks; after quitting and starting again the marker is there and B lists only it")
    func bookmarkSurvivesRestart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try archive(in: directory)
        let otherTitle = "Water main repair"
        do {
            let first = try start(path, in: directory)
            try first.waitFor(text: seedTitle)
            #expect(try !rows(first).contains { $0.hasPrefix("\u{2605}") })
            try first.send("b")
            try first.waitFor(text: "bookmarked")
            try first.send("q")
            try waitForExit(first)
        }

        let second = try start(path, in: directory)
        try second.waitFor(text: otherTitle)
        // The list pane is the left 40 columns at this width.
        let screen = try rows(second)
        #expect(screen.first { $0.prefix(40).contains(seedTitle) }?.hasPrefix("\u{2605}") == true)
        #expect(screen.first { $0.prefix(40).contains(otherTitle) }?.hasPrefix("\u{2605}") == false)
        try second.send("B")
        try second.waitFor(text: "bookmarked articles only")
        let filtered = try rows(second)
        #expect(filtered.contains { $0.prefix(40).contains(seedTitle) })
        #expect(!filtered.contains { $0.contains(otherTitle) })
        try second.send("Q")
        try waitForExit(second)
    }
}
