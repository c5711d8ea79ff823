import Foundation
import TestSupport
import Testing

/// `dateline show ID --format ansi`: the article in the reader's roles as SGR styles.
@Suite("show --format ansi")
struct ReaderShowANSITests {
    @Test("quotes are styled apart from body text; only SGR escapes are printed; the text is the article's")
    func ansiShow() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try directory.importArchive(fixtures: "seed-like.txt")

        let shown = try DatelineBinary.run(
            ["show", "1", "--archive", archive, "--format", "ansi"],
            environment: ["TERM": "xterm-256color", "XDG_CONFIG_HOME": directory.path("config")])
        #expect(shown.status == 0)
        let escapes = shown.stdout.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst()
        #expect(!escapes.isEmpty)
        for escape in escapes {
            let sequence = escape.prefix { $0 != "m" }
            #expect(escape.hasPrefix("[") && sequence.dropFirst().allSatisfy { $0.isNumber || $0 == ";" })
        }

        let lines = shown.stdout.split(separator: "\n").map { ReaderSGRLine(String($0)) }
        let quote = lines.compactMap { $0.styles(of: "The outside influence was entirely decisive") }.first
        let body = lines.compactMap { $0.styles(of: "the mission had propped up") }.first
        #expect(quote.map { Set($0).count } == 1)
        #expect(body.map { Set($0) } == ["fg=default bg=default attrs=[]"])
        #expect(quote?.first != body?.first)
        #expect(lines.contains { $0.styles(of: "By Petra Lindqvist") != nil })

        let plain = try DatelineBinary.run(["show", "1", "--archive", archive, "--format", "plain"])
        let plainParagraphs = Set(plain.stdout.components(separatedBy: "\n").filter { !$0.isEmpty })
        let ansiParagraphs = Set(lines.map { String($0.text) }.filter { !$0.isEmpty })
        #expect(plainParagraphs == ansiParagraphs)
    }
}
