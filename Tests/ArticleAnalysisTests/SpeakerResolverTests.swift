import Testing

@testable import ArticleAnalysis

@Suite("Speaker resolution: pronouns, surnames, floating and split quotes")
struct SpeakerResolverTests {
    @Test("“he” after “NAME … said” is NAME")
    func pronoun() {
        let text = """
            Tomas Brandt, a historian at Northfield University, said the port had been neglected. \
            “The upkeep was simply abandoned” after the war, he noted.
            """
        let quote = QuoteAnalyzer.annotate(text).quotes.first
        #expect(quote?.speaker?.text == "he")
        #expect(quote?.speakerName == "Tomas Brandt")
        #expect(quote?.cue?.text == "noted")
    }

    @Test("a title inside a sentence is no speech, even right before a cue")
    func titleBeforeCue() {
        let text = "In an interview on NRK's \"Harbour Talk,\" Mayor Ida M. Brandt said the pier would close."
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.quotes.isEmpty)
        #expect(annotations.attributions.map { $0.source?.text } == ["Mayor Ida M. Brandt"])
    }

    @Test("a pronoun skips a person of the other gender")
    func gender() {
        let text = """
            Ida Brandt said the dredging was late. Mr. Oskar Lund said the budget was spent. \
            “We asked four times,” she said.
            """
        #expect(QuoteAnalyzer.annotate(text).quotes.first?.speakerName == "Ida Brandt")
    }

    @Test("a surname alone is the full name mentioned before")
    func surname() {
        let text = "Ida Brandt spoke first. “We asked four times,” Brandt said."
        let quote = QuoteAnalyzer.annotate(text).quotes.first
        #expect(quote?.speaker?.text == "Brandt")
        #expect(quote?.speakerName == "Ida Brandt")
    }

    @Test("a floating quote takes the previous quote's speaker")
    func floatingQuote() {
        let text = """
            “We asked four times,” said Ida Brandt.
            “Each time we were told to wait for the next budget round.”
            """
        let quotes = QuoteAnalyzer.annotate(text).quotes
        #expect(quotes.count == 2)
        #expect(quotes.map(\.speakerName) == ["Ida Brandt", "Ida Brandt"])
        #expect(quotes[1].speaker == quotes[0].speaker)
    }

    @Test("both halves of a split quote have one speaker")
    func splitQuote() {
        let text = "“We lost a year to the floods,” Ida Brandt said, “and we will not lose another.”"
        let quotes = QuoteAnalyzer.annotate(text).quotes
        #expect(quotes.count == 2)
        #expect(quotes.map(\.speakerName) == ["Ida Brandt", "Ida Brandt"])
        #expect(quotes.map { $0.cue?.text } == ["said", "said"])
    }

    @Test("a quote after a colon paragraph takes that paragraph's speaker")
    func colonParagraph() {
        let text = "As Ida Brandt wrote on Monday:\n“The channel is closing and nobody seems to care.”"
        #expect(QuoteAnalyzer.annotate(text).quotes.first?.speakerName == "Ida Brandt")
    }
}
