import Testing

@testable import ArticleAnalysis

@Suite("Accuracy score: the reference scorer's matching rules")
struct AccuracyScoreTests {
    //                      0         1         2         3         4         5
    //                      0123456789012345678901234567890123456789012345678901234
    static let text = "Ida Brandt said: “We will rebuild the pier by May.” He left.  "

    static func quote(_ start: Int, _ end: Int, speaker: (Int, Int)? = nil, name: String? = nil) -> Quote {
        Quote(
            span: TextSpan(start: start, end: end, text: ""),
            speaker: speaker.map { TextSpan(start: $0.0, end: $0.1, text: slice($0.0, $0.1)) }, speakerName: name)
    }

    static func slice(_ start: Int, _ end: Int) -> String { AnnotationChecks.slice(text, start, end) }

    static func gold(_ quotes: [GoldArticle.GoldQuote]) -> GoldArticle {
        GoldArticle(id: "a", text: text, quotes: quotes)
    }

    static let direct = GoldArticle.GoldQuote(
        start: 17, end: 51, kind: .direct, speakerStart: 0, speakerEnd: 10, speakerText: "Ida Brandt")

    @Test("an exact prediction scores one everywhere")
    func perfect() {
        var score = AccuracyScore()
        score.add(
            gold: Self.gold([Self.direct]), predicted: Annotations(quotes: [Self.quote(17, 51, speaker: (0, 10))]))
        #expect(score.quoteF1 == 1 && score.speakerAccuracy == 1 && score.sourceF1 == 1)
    }

    @Test("a quote matches when the overlap covers 80% of both spans, whitespace trimmed")
    func overlapThreshold() {
        var close = AccuracyScore()
        close.add(gold: Self.gold([Self.direct]), predicted: Annotations(quotes: [Self.quote(17, 45)]))
        #expect(close.quoteTruePositives == 1)
        var far = AccuracyScore()
        far.add(gold: Self.gold([Self.direct]), predicted: Annotations(quotes: [Self.quote(17, 40)]))
        #expect(far.quoteTruePositives == 0 && far.quoteFalsePositives == 1 && far.quoteFalseNegatives == 1)
        var padded = AccuracyScore()
        padded.add(gold: Self.gold([Self.direct]), predicted: Annotations(quotes: [Self.quote(17, 62)]))
        #expect(padded.quoteTruePositives == 0, "the trailing spaces are trimmed, the sentence after is not")
    }

    @Test("a prediction inside a mixed quote counts neither way")
    func mixedIgnored() {
        let mixed = GoldArticle.GoldQuote(start: 17, end: 51, kind: .mixed)
        var score = AccuracyScore()
        score.add(gold: Self.gold([mixed]), predicted: Annotations(quotes: [Self.quote(30, 40)]))
        #expect(score.ignoredInMixed == 1 && score.quoteFalsePositives == 0 && score.quoteFalseNegatives == 0)
    }

    @Test("a speaker is right by overlapping span or by a shared non-pronoun word")
    func speakers() {
        var byName = AccuracyScore()
        byName.add(
            gold: Self.gold([Self.direct]),
            predicted: Annotations(quotes: [Self.quote(17, 51, speaker: (52, 54), name: "Ida Brandt")]))
        #expect(byName.speakersCorrect == 1)
        var pronounOnly = AccuracyScore()
        pronounOnly.add(
            gold: Self.gold([Self.direct]), predicted: Annotations(quotes: [Self.quote(17, 51, speaker: (52, 54))]))
        #expect(pronounOnly.speakersChecked == 1 && pronounOnly.speakersCorrect == 0)
        #expect(AccuracyScore.words("He said, Mr. Brandt", nil) == ["brandt"])
    }

    @Test("a source matches when the overlap covers half of the shorter span, once")
    func sources() {
        let source = Attribution(kind: .indirect, source: TextSpan(start: 4, end: 10, text: "Brandt"), cue: nil)
        let twice = Attribution(kind: .indirect, source: TextSpan(start: 0, end: 3, text: "Ida"), cue: nil)
        var score = AccuracyScore()
        score.add(gold: Self.gold([Self.direct]), predicted: Annotations(attributions: [source, twice]))
        #expect(score.sourcesGold == 1 && score.sourcesPredicted == 2 && score.sourceTruePositives == 1)
        #expect(score.sourcePrecision == 0.5 && score.sourceRecall == 1)
    }

    @Test("the report prints every figure with the reference's names")
    func report() {
        var score = AccuracyScore()
        score.add(
            gold: Self.gold([Self.direct]), predicted: Annotations(quotes: [Self.quote(17, 51, speaker: (0, 10))]))
        let text = AccuracyReport(score: score, megabytesPerSecond: 123.456).text
        #expect(text.contains("quote_f1: 1.0") && text.contains("source_f1: 1.0"))
        #expect(text.contains("throughput_mb_s: 123.5"))
        #expect(!text.contains("throughput_best"))
        let rounds = AccuracyReport(score: score, megabytesPerSecond: 100, bestMegabytesPerSecond: 120.04).text
        #expect(rounds.hasSuffix("throughput_mb_s: 100.0\nthroughput_best_mb_s: 120.0"))
    }
}
