import Foundation
import Testing

@testable import ArticleImport

/// Scoring extracted article bodies against true ones in four-word shingles (`dateline-eval --body`).
@Suite struct BodyExtractionScoreTests {
    static let truth = "The night ferries return to the harbour on Monday, the port board said."

    @Test func wordsAreRunsOfLettersDigitsAndUnderscores() {
        #expect(
            ShingleOverlap.words(of: "Port’s 2nd_ferry—élan, 東京 café!").map(String.init)
                == ["Port", "s", "2nd_ferry", "élan", "東京", "café"])
        #expect(ShingleOverlap.words(of: " … ").isEmpty)
    }

    @Test func shinglesAreRunsOfFourWordsOrTheWholeShortText() {
        #expect(ShingleOverlap.shingles(of: "one two three four five").count == 2)
        #expect(ShingleOverlap.shingles(of: "one two") == [["one", "two"]])
        #expect(ShingleOverlap.shingles(of: "").isEmpty)
    }

    @Test func extraTextCostsPrecisionAndMissingTextRecall() {
        // 13 words: 10 shingles. The extraction adds two words (2 extra shingles) and drops none.
        let padded = ShingleOverlap(extracted: Self.truth + " Most read", truth: Self.truth)
        #expect(padded.precision == 10.0 / 12.0)
        #expect(padded.recall == 1)
        #expect(abs(padded.truePositives + padded.falsePositives + padded.falseNegatives - 1) < 1e-12)

        // Dropping the opening three words loses the three shingles that hold them.
        let cut = ShingleOverlap(extracted: "return to the harbour on Monday, the port board said.", truth: Self.truth)
        #expect(cut.precision == 1)
        #expect(abs((cut.recall ?? 0) - 7.0 / 10.0) < 1e-12)
    }

    @Test func aRefusedPageCountsOnlyAgainstRecall() {
        var score = BodyExtractionScore()
        let refused = score.add(extracted: nil, truth: Self.truth)
        score.add(
            extracted: Self.truth, truth: "  The night ferries return to the harbour on Monday — the port board said ")

        #expect(refused.precision == nil && refused.recall == 0)
        #expect(score.pages == 2 && score.refusedPages == 1 && score.exactPages == 1)
        #expect(score.precision == 1)
        #expect(score.recall == 0.5)
        #expect(score.f1 == 2 * 0.5 / 1.5)
        #expect(score.accuracy == 0.5)
        #expect(score.text(megabytesPerSecond: 20, slowestMilliseconds: 40).contains("refused_pages: 1"))
    }

    @Test func trueBodiesAreReadFromAnObjectInPageOrder() {
        let json =
            #"{"b": {"articleBody": "Second.", "url": "https://example.org/b"}, "a": {"articleBody": "First."}, "c": {}}"#
        let list = ArticleBodyTruth.list(from: Data(json.utf8))

        #expect(list?.map(\.page) == ["a", "b", "c"])
        #expect(list?.map(\.body) == ["First.", "Second.", ""])
        #expect(ArticleBodyTruth.list(from: Data(#"[{"articleBody": "x"}]"#.utf8)) == nil)
    }
}
