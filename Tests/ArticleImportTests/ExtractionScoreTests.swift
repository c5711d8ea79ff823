import Foundation
import Testing

@testable import ArticleImport

/// Scoring extracted page texts against expected and unwanted snippets (`dateline-eval --extract`).
@Suite struct ExtractionScoreTests {
    static let expectation = ExtractionExpectation(
        file: "harbour.html", mustContain: ["ferries   return", "the board expects"],
        mustNotContain: ["Sign up", "Most read"])

    @Test func snippetsMatchWithWhiteSpaceCollapsed() {
        var score = ExtractionScore()
        let misses = score.add(Self.expectation, text: "Night ferries\nreturn at last.\n\nSign up for our letter.")

        #expect(misses.missing == ["the board expects"])
        #expect(misses.letIn == ["Sign up"])
        #expect(score.found == 1 && score.missed == 1 && score.keptOut == 1 && score.letIn == 1)
        #expect(score.foundShare == 0.5)
        #expect(score.keptOutShare == 0.5)
        #expect(score.precision == 0.5)
        #expect(score.f1 == 0.5)
    }

    @Test func aRefusedPageFindsNothingAndLetsNothingIn() {
        var score = ExtractionScore()
        score.add(Self.expectation, text: nil)
        score.add(Self.expectation, text: "The ferries return; the board expects more.")

        #expect(score.pages == 2 && score.refusedPages == 1)
        #expect(score.found == 2 && score.missed == 2)
        #expect(score.keptOut == 4 && score.letIn == 0)
        #expect(score.precision == 1)
        #expect(score.f1 == 4.0 / 6.0)
        #expect(score.accuracy == 6.0 / 8.0)
    }

    @Test func reportNamesEveryFigure() {
        var score = ExtractionScore()
        score.add(Self.expectation, text: "The ferries return; the board expects more. Most read")
        let text = score.text(megabytesPerSecond: 12.345, slowestMilliseconds: 80)

        #expect(text.contains("with_found: 1.0 (2 of 2)"))
        #expect(text.contains("without_kept_out: 0.5 (1 of 2)"))
        #expect(text.contains("throughput_mb_s: 12.3"))
        #expect(text.contains("refused_pages: 0"))
    }

    @Test func expectationsAreReadFromAJSONArray() {
        let json = #"[{"file": "a.html", "with": ["kept"], "without": ["dropped"]}, {"file": "b.html"}]"#
        let list = ExtractionExpectation.list(from: Data(json.utf8))

        #expect(list?.count == 2)
        #expect(
            list?.first == ExtractionExpectation(file: "a.html", mustContain: ["kept"], mustNotContain: ["dropped"]))
        #expect(list?.last?.mustContain == [])
        #expect(ExtractionExpectation.list(from: Data(#"{"file": "a.html"}"#.utf8)) == nil)
    }
}
