import Testing

@testable import ArticleAnalysis

@Suite("Names in quote marks that the sentence goes on from")
struct QuotedNameTests {
    @Test("Russian: an organisation in guillemets after an attribution is no quotation")
    func russianOrganisation() {
        let text = """
            Городской совет собрался вчера вечером, и заседание продолжалось до поздней ночи, а обсуждение было жарким.

            По словам директора Дома культуры Олега Лебедева, «Журавушка» выступит на празднике в субботу.
            «Мы готовимся каждый день», — сказал он.
            """
        let quotes = QuoteAnalyzer.annotate(text).quotes
        #expect(quotes.map(\.span.text) == ["«Мы готовимся каждый день»"])
        #expect(quotes.map(\.speakerName) == ["Олега Лебедева"])
    }
}
