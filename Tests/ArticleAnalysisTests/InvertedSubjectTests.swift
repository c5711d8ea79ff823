import Testing

@testable import ArticleAnalysis

@Suite("Subjects after the verb past an addressee or a place; cues that are also ordinals")
struct InvertedSubjectTests {
    /// The speaker mentions of `text`'s quotes.
    static func speakers(_ text: String) -> [String?] {
        QuoteAnalyzer.annotate(text).quotes.map { $0.speaker?.text }
    }

    @Test("Polish: the listener and a place between the verb and its subject are skipped")
    func polish() {
        let text = """
            Rada miasta zebrała się wczoraj wieczorem i posiedzenie trwało do późnej nocy, a dyskusja była gorąca.

            „Nikt nas nie pytał o zdanie” – powiedział naszemu reporterowi rzecznik Jan Wicher.
            „Decyzja zapadła bez konsultacji” – mówiła w uzasadnieniu sędzia Ewa Sowińska.
            """
        #expect(Self.speakers(text) == ["rzecznik Jan Wicher", "sędzia Ewa Sowińska"])
    }

    @Test("Polish: a reflexive clitic between the verb and its subject is skipped")
    func polishClitic() {
        let text = """
            Na targu w sobotę było tłoczno od rana, a sprzedawcy mówili o najlepszym dniu od lat.

            „Wrócimy tu za rok” – cieszy się Marta Zielińska.
            „Ceny są za wysokie” – skarży się rzecznik Adam Lis.
            „Było warto” – śmieje się Ola.
            """
        #expect(Self.speakers(text) == ["Marta Zielińska", "rzecznik Adam Lis", "Ola"])
    }

    @Test("Russian: a listener and the title after it are skipped")
    func russian() {
        let text = """
            Городской совет собрался вчера вечером, и заседание продолжалось до поздней ночи, а обсуждение было жарким.

            «Мост к этому не готов», — сказал корреспонденту «Северной газеты» аналитик Олег Рыбин.
            """
        #expect(Self.speakers(text) == ["аналитик Олег Рыбин"])
    }

    @Test("Spanish: a place that ends the clause leaves the verb without a subject, never the preposition")
    func noPrepositionSource() {
        let text = """
            El ayuntamiento se reunió ayer por la tarde y la sesión se prolongó hasta muy tarde, con un debate intenso.

            La alcaldesa Rosa Peñalver habló después de la votación. «La biblioteca abrirá en mayo», dijo durante el pleno.
            """
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(!annotations.attributions.contains { $0.source?.text == "durante" })
        #expect(annotations.quotes.first?.speaker?.text != "durante")
    }

    @Test("Italian secondo after a preposition is an ordinal, and French d’après introduces a source")
    func ordinalAndDapres() {
        let italian = """
            Il consiglio comunale si è riunito ieri sera e la seduta è durata fino a tarda notte, con una discussione accesa.

            La squadra è risalita dal secondo posto della classifica dopo la vittoria di domenica.
            """
        #expect(QuoteAnalyzer.annotate(italian).attributions.isEmpty)
        let french = """
            Le conseil municipal s’est réuni hier soir et la séance a duré jusque tard dans la nuit, avec un débat vif.

            D’après la préfecture du Rhône, la route rouvrira lundi.
            """
        #expect(QuoteAnalyzer.annotate(french).attributions.map { $0.source?.text } == ["la préfecture du Rhône"])
    }
}
