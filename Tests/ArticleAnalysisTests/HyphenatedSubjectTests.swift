import Testing

@testable import ArticleAnalysis

@Suite("Pronouns hyphenated after their verb: French subjects, Portuguese objects")
struct HyphenatedSubjectTests {
    static let french = """
        Le conseil municipal s’est réuni hier soir et la séance a duré jusque tard dans la nuit, avec un débat vif.

        La maire, Claire Dubois, a pris la parole à la fin. « Nous partons demain », explique-t-elle.
        Le trésorier Marc Petit a répondu aux questions. « Rien n’est perdu », dit-il.
        — La piscine, on verra, répond-elle en riant.
        """

    @Test("the verb is a cue and the pronoun its subject, resolved to the person spoken of")
    func speakers() {
        let quotes = QuoteAnalyzer.annotate(Self.french).quotes
        #expect(quotes.map(\.span.text) == ["« Nous partons demain »", "« Rien n’est perdu »", "La piscine, on verra"])
        #expect(quotes.map { $0.speaker?.text } == ["elle", "il", "elle"])
        #expect(quotes.map(\.speakerName) == ["Claire Dubois", "Marc Petit", "Claire Dubois"])
        #expect(quotes.map { $0.cue?.text } == ["explique", "dit", "répond"])
    }

    @Test("Portuguese: the verb before a hyphenated object is the cue, its subject the person spoken of")
    func portugueseObjects() {
        let text = """
            A junta de freguesia estima que hoje não vivam mais de mil pessoas no bairro, contra os três mil de há dez anos.

            Perguntei à vereadora do Urbanismo, Graça Moreira, se a câmara tinha um plano. «Estamos a estudar uma quota», respondeu-me.
            """
        let quotes = QuoteAnalyzer.annotate(text).quotes
        #expect(quotes.map { $0.cue?.text } == ["respondeu"])
        #expect(quotes.map(\.speakerName) == ["Graça Moreira"])
    }

    @Test("the two words keep their offsets, and the quote marks after them keep theirs")
    func offsets() {
        let text = TokenText(text: "« Oui », précise-t-elle. « Non », a-t-il dit.", continuing: .french)
        let words = text.tokens.indices.filter { text.tokens[$0].kind == .word }.map { text.text($0, $0) }
        #expect(words == ["Oui", "précise", "elle", "Non", "a", "il", "dit"])
        let marks = text.quotesAndBreaks.map { text.text(Int($0.token), Int($0.token)) }
        #expect(marks == ["«", "»", "«", "»"])
        #expect(text.wordCount == 7)
        let annotations = QuoteAnalyzer.annotate(
            "Le maire Paul Roux est venu avec les élus. « Oui », précise-t-il. « Non », a-t-il dit.")
        #expect(annotations.quotes.map(\.span.text) == ["« Oui »", "« Non »"])
        #expect(annotations.quotes.map(\.speakerName) == ["Paul Roux", "Paul Roux"])
    }

    @Test("other hyphenated words, and other languages, stay one word")
    func othersStayWhole() {
        let french = TokenText(text: "Le porte-parole de Saint-Simon est arrivé avec les élus à Nogent-le-Rotrou.")
        #expect(french.language == .french)
        let frenchWords = french.tokens.indices.filter { french.tokens[$0].kind == .word }.map { french.text($0, $0) }
        #expect(["porte-parole", "Saint-Simon", "Nogent-le-Rotrou"].allSatisfy(frenchWords.contains))
        let english = TokenText(text: "The carry-on bags and the walk-on part were left at the gate on Monday.")
        let words = english.tokens.indices.filter { english.tokens[$0].kind == .word }.map { english.text($0, $0) }
        #expect(words.contains("carry-on") && words.contains("walk-on"))
    }
}
