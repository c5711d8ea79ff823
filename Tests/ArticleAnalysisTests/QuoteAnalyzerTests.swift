import Foundation
import TestSupport
import Testing

@testable import ArticleAnalysis

@Suite("Quote analyser: a whole article and bad input")
struct QuoteAnalyzerTests {
    @Test("the seed-like article: every quote, speaker, source and the byline")
    func seedLikeArticle() throws {
        let text = try TextDecoder.decode(Fixtures.bytes("seed-like.txt"))
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: text).isEmpty)

        let essential = try #require(annotations.quotes.first)
        #expect(essential.span.text == "“The outside influence was entirely decisive”")
        #expect(essential.speaker?.text == "he")
        #expect(essential.speakerName == "Ruben Castellano")
        #expect(essential.cue?.text == "noted")
        #expect(
            annotations.quotes.map(\.span.text) == [
                "“The outside influence was entirely decisive”",
                "“They were afraid of what happens the day after,”",
                "“Nobody had a plan for it.”",
                "“a concession, not a defeat.”",
            ])
        #expect(
            annotations.quotes.map { $0.speaker?.text } == [
                "he", "the official", "the official", "One source close to the ruling party",
            ])

        let sources = Set(annotations.attributions.compactMap { $0.source?.text })
        for expected in [
            "nine officials briefed on the plan", "four sources", "the Corvan government",
            "A former Corvan intelligence official", "Two sources", "One source close to the ruling party",
            "Other sources", "Ruben Castellano",
        ] {
            #expect(sources.contains(expected), "missing source \(expected)")
        }
        #expect(annotations.bylines.map(\.name) == ["Petra Lindqvist"])
    }

    @Test(
        "bad input never crashes and keeps offsets valid",
        arguments: [
            String(repeating: "\"", count: 10_000),
            String(repeating: "“", count: 10_000),
            String(repeating: "« » „ “ ”", count: 2_000),
            "“One “two “three and never a close",
            "”Backwards” quotes“ everywhere“",
            "\u{0}\u{7}\u{1B}[31m“Control characters are here too,” he said.\u{8}\u{7F}",
            "",
            "\n\n\n",
            "By",
            "said said said according to, said",
            // A source that is the text's first token: rules that look before it must stop there.
            "officials said the port would close.",
            "relying on forecasts, analysts said.",
            "he said",
        ])
    func badInput(_ text: String) {
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: text).isEmpty)
    }

    @Test("ten thousand quote marks in a row make no quote")
    func quoteMarksOnly() {
        let annotations = QuoteAnalyzer.annotate(String(repeating: "“", count: 10_000))
        #expect(annotations.quotes.isEmpty && annotations.quotedPhrases.isEmpty)
    }

    /// A paragraph of speech and attribution with no newline, repeated to `bytes` bytes.
    static func longLine(bytes: Int) -> String {
        let unit = "“We will rebuild the pier by May,” said Ida Brandt, according to four sources. "
        return String(repeating: unit, count: bytes / unit.utf8.count + 1)
    }

    static func seconds(_ work: () -> Void) -> Double {
        // The CPU time of this thread, not the wall clock: tests run side by side and the
        // machine may be busy, and a thread that waits for a core must not look slow.
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
        }
        let start = now()
        work()
        return now() - start
    }

    @Test("a 1 MB article without a newline is analysed whole, in time that grows linearly")
    func linearTime() {
        // Both within one analysis window, so that the analyser itself is measured.
        let small = Self.longLine(bytes: AnalysisWindow.limit / 4)
        let large = Self.longLine(bytes: AnalysisWindow.limit - 100)
        var count = 0
        let smallTime = Self.seconds { count = QuoteAnalyzer.annotate(small).quotes.count }
        #expect(count > 2_000)
        let largeTime = Self.seconds { count = QuoteAnalyzer.annotate(large).quotes.count }
        #expect(count > 4 * 2_000)
        // Four times the text: linear work takes about four times as long, quadratic sixteen.
        #expect(
            largeTime < smallTime * 9, "\(small.utf8.count) bytes: \(smallTime) s, \(large.utf8.count): \(largeTime) s")
    }

    /// A text that makes the name and source rules look back or around for each of `count`
    /// sources: distinct capitalized one-word sources, pronoun sources with no full stop, or
    /// surnames whose full names must be looked up.
    static func manySources(_ kind: String, count: Int) -> String {
        switch kind {
        case "distinct one-word sources":
            return (0..<count).map { "Q\(letters($0)) said." }.joined(separator: " ")
        case "pronouns without a full stop":
            return "Ann Doe said " + String(repeating: "he said ", count: count)
        default:
            return (0..<count).map { "Ida Q\(letters($0)) met Tom Lund. Q\(letters($0)) said so." }
                .joined(separator: " ")
        }
    }

    /// Four lower-case letters that spell `number`, so that every source is a new word.
    static func letters(_ number: Int) -> String {
        String((0..<4).map { Character(Unicode.Scalar(UInt8(97 + (number >> (5 * $0)) % 26))) })
    }

    @Test(
        "many sources that send the name rules looking back take linear time",
        arguments: ["distinct one-word sources", "pronouns without a full stop", "surnames of full names"])
    func manySourcesLinear(_ name: String) {
        let small = Self.manySources(name, count: 2_000)
        let large = Self.manySources(name, count: 8_000)
        let smallTime = Self.seconds { _ = QuoteAnalyzer.annotate(small) }
        let largeTime = Self.seconds { _ = QuoteAnalyzer.annotate(large) }
        // Four times the sources: linear work takes about four times as long, quadratic sixteen.
        #expect(largeTime < smallTime * 9, "\(name): \(smallTime) s, then \(largeTime) s")
    }

    @Test("an article of the annotation contract: offsets count Unicode scalars")
    func scalarOffsets() {
        let text = "Émile 🚢 said: “Ça va très bien 👍,” he said."
        let quote = QuoteAnalyzer.annotate(text).quotes.first
        #expect(quote?.span == TextSpan(start: 14, end: 34, text: "“Ça va très bien 👍,”"))
    }

    @Test("Japanese 「…」 is speech when it holds a 。 or ？, or when the particle と follows it")
    func japaneseCornerQuotes() {
        let text = """
            港湾局の担当者は「工事は予定どおり進んでいる。来月には終わる」と述べた。
            市長は「できる限り支援したい」と語った。
            映画『海の記憶』の上映が始まった。「港まつり」の準備も進む。
            """
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(
            annotations.quotes.map(\.span.text) == ["「工事は予定どおり進んでいる。来月には終わる」", "「できる限り支援したい」"])
        #expect(annotations.quotedPhrases.map(\.text) == ["『海の記憶』", "「港まつり」"])
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: text).isEmpty)
    }

    @Test("Japanese: a sentence that announces the quote after it (こう語った。「…」) gives its speaker")
    func japaneseAnnouncedQuote() {
        let text = """
            町の写真館が閉店へ

            掛川市の写真館を営む土屋正雄さんが、今月末で店を閉じる。

            土屋さんは番組の最後に、カメラを手にこう語った。「最後の一枚は、自分の店の前で撮ろうと思っています」

            市長は次のように述べた。「残念です」
            """
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.quotes.map(\.speaker?.text) == ["土屋さん", "市長"])
        #expect(annotations.quotes.map(\.cue?.text) == ["こう語った", "次のように述べた"])
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: text).isEmpty)
    }

    @Test("Japanese: a sentence of reported speech without quote marks (市は…と発表した。) gives its topic as source")
    func japaneseReportedSpeech() {
        let text = "大雨で川が氾濫した。市は流域の約千二百世帯に避難指示を出したと発表した。一方で、住民が自主的に避難したことを評価したと述べた。"
        let annotations = QuoteAnalyzer.annotate(text)
        let sources = annotations.attributions.map { $0.source?.text }
        #expect(sources.contains("市"))
        #expect(annotations.attributions.first { $0.source?.text == "市" }?.cue?.text == "と発表した")
        // A が subject belongs to a clause inside what is reported, not to the one who reports.
        #expect(!sources.contains("住民"))
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: text).isEmpty)
    }
}
