import Testing

@testable import ArticleAnalysis

@Suite("Quote style: the British rewrite of a gold file")
struct QuoteStyleTests {
    @Test("british turns double marks into single ones, one scalar for one, and leaves apostrophes")
    func british() {
        let text = "“It’s the ’90s all over again,” she said. \"Don't,\" he said, “not ‘again’.”"
        let british = QuoteStyle.british.apply(to: text)
        #expect(british == "‘It’s the ’90s all over again,’ she said. 'Don't,' he said, ‘not ‘again’.’")
        #expect(british.unicodeScalars.count == text.unicodeScalars.count)
        #expect(QuoteStyle.original.apply(to: text) == text)
    }

    @Test("a rewritten gold article keeps every offset and rewrites its speaker texts the same way")
    func article() {
        //                 0         1         2         3
        //                 0123456789012345678901234567890123
        let text = "“Yes,” said \"Doc\" Ruiz. He’s right."
        let quote = GoldArticle.GoldQuote(
            start: 0, end: 6, kind: .direct, speakerStart: 12, speakerEnd: 22, speakerText: "\"Doc\" Ruiz",
            speakerResolved: "Ana \"Doc\" Ruiz")
        let british = QuoteStyle.british.apply(to: GoldArticle(id: "uk/01", text: text, quotes: [quote]))
        #expect(british.text == "‘Yes,’ said 'Doc' Ruiz. He’s right.")
        let scalars = Array(british.text.unicodeScalars)
        let speaker = british.quotes[0]
        #expect(String(String.UnicodeScalarView(scalars[speaker.speakerStart!..<speaker.speakerEnd!])) == "'Doc' Ruiz")
        #expect(speaker.speakerText == "'Doc' Ruiz" && speaker.speakerResolved == "Ana 'Doc' Ruiz")
        #expect(String(String.UnicodeScalarView(scalars[speaker.start..<speaker.end])) == "‘Yes,’")
    }
}
