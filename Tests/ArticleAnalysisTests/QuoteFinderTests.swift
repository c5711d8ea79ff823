import Testing

@testable import ArticleAnalysis

@Suite("Quote finder: marks, nesting, apostrophes, paragraphs")
struct QuoteFinderTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var text: String
        var quotes: [String]
        var description: String { name }
    }

    static let styles: [Case] = [
        Case(
            name: "curly English", text: "“We will open the lock gates at dawn,” she said.",
            quotes: ["“We will open the lock gates at dawn,”"]),
        Case(
            name: "straight", text: "\"We will open the lock gates at dawn,\" she said.",
            quotes: ["\"We will open the lock gates at dawn,\""]),
        Case(
            name: "curly open, straight close", text: "“We will open the lock gates at dawn,\" she said.",
            quotes: ["“We will open the lock gates at dawn,\""]),
        Case(
            name: "straight open, curly close", text: "\"We will open the lock gates at dawn,” she said.",
            quotes: ["\"We will open the lock gates at dawn,”"]),
        Case(
            name: "French with inner spaces", text: "« Nous ouvrirons les écluses à l’aube », a dit Marie Lenoir.",
            quotes: ["« Nous ouvrirons les écluses à l’aube »"]),
        Case(
            name: "French without spaces", text: "«Nous ouvrirons les écluses à l’aube», a dit Marie Lenoir.",
            quotes: ["«Nous ouvrirons les écluses à l’aube»"]),
        Case(
            name: "German low-high", text: "„Wir öffnen die Schleusen im Morgengrauen“, sagte Jonas Weber.",
            quotes: ["„Wir öffnen die Schleusen im Morgengrauen“"]),
        Case(
            name: "German guillemets", text: "»Wir öffnen die Schleusen im Morgengrauen«, sagte Jonas Weber.",
            quotes: ["»Wir öffnen die Schleusen im Morgengrauen«"]),
        Case(
            name: "corner brackets", text: "「We will open the lock gates at dawn」, she said.",
            quotes: ["「We will open the lock gates at dawn」"]),
        Case(
            name: "single quotes nested in double", text: "“He shouted ‘close the gates’ and ran off,” she said.",
            quotes: ["“He shouted ‘close the gates’ and ran off,”"]),
        Case(
            name: "double quotes nested in double", text: "“He calls it “the swamp” every single day,” she said.",
            quotes: ["“He calls it “the swamp” every single day,”"]),
        Case(
            name: "curly apostrophes are no quote marks",
            text: "“Don’t touch the Joneses’ boat, it isn’t ours,” she said.",
            quotes: ["“Don’t touch the Joneses’ boat, it isn’t ours,”"]),
        Case(
            name: "straight apostrophes are no quote marks",
            text: "\"Don't touch the Joneses' boat, it isn't ours,\" she said.",
            quotes: ["\"Don't touch the Joneses' boat, it isn't ours,\""]),
        Case(
            name: "a quote split by its attribution",
            text: "“We lost a year to the floods,” she said, “and we will not lose another.”",
            quotes: ["“We lost a year to the floods,”", "“and we will not lose another.”"]),
        Case(name: "an apostrophe alone opens nothing", text: "The Joneses’ boat isn’t ours.", quotes: []),
    ]

    @Test("each quote-mark style", arguments: styles)
    func style(_ example: Case) {
        let annotations = QuoteAnalyzer.annotate(example.text)
        #expect(annotations.quotes.map(\.span.text) == example.quotes)
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: example.text).isEmpty)
    }

    @Test("a multi-paragraph quote: every paragraph re-opens it, only the last closes it")
    func multiParagraph() {
        let text = """
            The harbourmaster, Ida Brandt, spoke on Monday.
            “The channel has lost a metre of depth in three years.
            “We have asked for dredging funds four times.
            “If nothing is done, we will close it,” she said.
            """
        let quotes = QuoteAnalyzer.annotate(text).quotes
        #expect(
            quotes.map(\.span.text) == [
                "“The channel has lost a metre of depth in three years.",
                "“We have asked for dredging funds four times.",
                "“If nothing is done, we will close it,”",
            ])
        #expect(quotes.map(\.speakerName) == ["Ida Brandt", "Ida Brandt", "Ida Brandt"])
        #expect(quotes.map { $0.cue?.text } == ["said", "said", "said"])
    }

    @Test("quoted titles and scare quotes are phrases, not speech")
    func titlesAndScareQuotes() {
        let text = "She appeared on “Morning Harbour Live” last week, where the so-called “reset” came up."
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.quotes.isEmpty)
        #expect(annotations.quotedPhrases.map(\.text) == ["“Morning Harbour Live”", "“reset”"])
    }

    @Test("a short quote with a cue next to it is speech")
    func shortAttributedQuote() {
        let annotations = QuoteAnalyzer.annotate("“Never,” she said.")
        #expect(annotations.quotes.map(\.span.text) == ["“Never,”"])
    }

    @Test("a quote that never closes ends with its paragraph and is kept apart from speech")
    func unclosedQuote() {
        let text = "He said “this never closes and runs on\nThe next paragraph is plain."
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.quotes.isEmpty)
        #expect(annotations.quotedPhrases.map(\.text) == ["“this never closes and runs on"])
    }

    @Test("doubled apostrophes hide the cues of the speech inside them")
    func doubledApostrophes() {
        let text = "''I said we would win,'' the coach said."
        let attributions = QuoteAnalyzer.annotate(text).attributions
        #expect(attributions.map { $0.source?.text } == ["the coach"])
    }
}
