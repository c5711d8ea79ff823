import Testing

@testable import ArticleAnalysis

@Suite("Quotation shape: speech or quoted phrase without a cue next to it")
struct QuotationShapeTests {
    /// An invented text, whether its one quote is speech, and why.
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var isSpeech: Bool
        var description: String { text }
    }

    /// Chinese and Japanese quotes hold whole clauses in few space-separated "words": an
    /// ideographic comma or full stop inside makes them speech; a bare name stays a phrase.
    static let cases: [Case] = [
        Case(text: "港長は、「桟橋は危ない。すぐに閉める」と述べた。", isSpeech: true),
        Case(text: "港長は、「修理が終わるまで、船は出さない」と話した。", isSpeech: true),
        Case(text: "港長は「本当か！」と叫んだ。", isSpeech: true),
        Case(text: "船の名前は「青波丸」だ。", isSpeech: false),
        // と呼びかけた (called on) reports what was said; と呼ばれる (is called) names.
        Case(text: "市長は「ためらわずに避難してほしい」と呼びかけた。", isSpeech: true),
        Case(text: "その船は地元で「青波丸」と呼ばれる。", isSpeech: false),
        Case(text: "The ferry “Blue Wave” left at dawn.", isSpeech: false),
        // A few words after an article name a thing, even next to a verb the tables list.
        Case(text: "The weather service issued a “red flag” warning for the county.", isSpeech: false),
        Case(text: "The harbour master issued a statement: “The pier is closed until Friday.”", isSpeech: true),
    ]

    @Test("each quote shape", arguments: cases)
    func shape(_ example: Case) {
        let annotations = QuoteAnalyzer.annotate(example.text)
        #expect(annotations.quotes.count == (example.isSpeech ? 1 : 0))
        #expect(annotations.quotedPhrases.count == (example.isSpeech ? 0 : 1))
    }
}
