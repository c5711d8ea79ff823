import Testing

@testable import ArticleAnalysis

/// British and single-mark quotes, nested styles, dialogue dashes, the languages' own words
/// and the rules of who speaks that they brought: each rule with its own table of sentences.
@Suite("Quote styles and languages: marks, speakers, bylines")
struct QuoteStyleAndLanguageTests {
    /// A text and what the analyser must find in it: every quote, and each quote's speaker
    /// name (`nil` where none is expected).
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var text: String
        var quotes: [String]
        var speakers: [String?]
        var description: String { name }
    }

    static let marks: [Case] = [
        Case(
            name: "British single marks", text: "‘We will not back down,’ said Sarah Hughes.",
            quotes: ["‘We will not back down,’"], speakers: ["Sarah Hughes"]),
        Case(
            name: "British with double marks nested",
            text: "‘They told us “wait another year”, and we waited,’ said Tom Reid.",
            quotes: ["‘They told us “wait another year”, and we waited,’"], speakers: ["Tom Reid"]),
        Case(
            name: "straight single marks", text: "'We will not back down,' said Sarah Hughes.",
            quotes: ["'We will not back down,'"], speakers: ["Sarah Hughes"]),
        Case(
            name: "apostrophes inside British quotes stay apostrophes",
            text: "‘The students’ union won’t back the ’90s rules on rock ’n’ roll,’ said Ann Lee.",
            quotes: ["‘The students’ union won’t back the ’90s rules on rock ’n’ roll,’"], speakers: ["Ann Lee"]),
        Case(
            name: "Dutch apostrophes open nothing", text: "'s Ochtends staan de auto's al klaar bij de Jansens' deur.",
            quotes: [], speakers: []),
        Case(
            name: "Dutch s' before a word closes a quoted phrase when a quotation opens next",
            text: """
                De raad vergaderde gisteren over de garage en het plan voor de haven van de stad.

                Wethouder Anne Smit zegt dat ze 'alles op alles' zet om de auto's vrij te krijgen. \
                'Maar veiligheid gaat voor', herhaalde Smit.
                """,
            quotes: ["'Maar veiligheid gaat voor'"], speakers: ["Anne Smit"]),
        Case(
            name: "guillemets with curly marks nested",
            text: "«El Gobierno habla de “ayudas urgentes”, pero aquí no ha llegado nada», dijo Ana Ruiz.",
            quotes: ["«El Gobierno habla de “ayudas urgentes”, pero aquí no ha llegado nada»"], speakers: ["Ana Ruiz"]),
        Case(
            name: "German single marks inside low-high",
            text: "„Man hat uns gesagt: ‚Wartet noch ein Jahr‘, und wir haben gewartet“, sagte Jonas Weber.",
            quotes: ["„Man hat uns gesagt: ‚Wartet noch ein Jahr‘, und wir haben gewartet“"],
            speakers: ["Jonas Weber"]),
        Case(
            name: "Japanese 『』 inside 「」",
            text: "田中外相は「孫が『帰ってくる』と楽しみにしている」と述べた。",
            quotes: ["「孫が『帰ってくる』と楽しみにしている」"], speakers: ["田中"]),
        Case(
            name: "a quoted stage direction is nobody's speech",
            text: "“We will rebuild the pier,” said Ida Lund.\n“(APPLAUSE.)”\n“Next year,” she said.",
            quotes: ["“We will rebuild the pier,”", "“Next year,”"], speakers: ["Ida Lund", "Ida Lund"]),
    ]

    static let languages: [Case] = [
        Case(
            name: "Spanish verb after the quote",
            text: "Informe del puerto\n\n«No vamos a retroceder», dijo el ministro Javier Ruiz.",
            quotes: ["«No vamos a retroceder»"], speakers: ["Javier Ruiz"]),
        Case(
            name: "Spanish dropped subject",
            text:
                "Informe del puerto\n\nEl ministro Javier Ruiz visitó el muelle el lunes.\n«Es un error que no vamos a repetir», afirmó.",
            quotes: ["«Es un error que no vamos a repetir»"], speakers: ["Javier Ruiz"]),
        Case(
            name: "Italian verb with its auxiliary",
            text: "Il porto\n\n«Non torneremo indietro su questo», ha detto il ministro Paolo Conti.",
            quotes: ["«Non torneremo indietro su questo»"], speakers: ["Paolo Conti"]),
        Case(
            name: "Portuguese verb before the role",
            text: "O porto\n\n«Não vamos recuar nesta decisão», disse o ministro João Costa.",
            quotes: ["«Não vamos recuar nesta decisão»"], speakers: ["João Costa"]),
        Case(
            name: "Dutch aldus", text: "De haven\n\n'Het is een fout die we niet herhalen', aldus Jan Bakker.",
            quotes: ["'Het is een fout die we niet herhalen'"], speakers: ["Jan Bakker"]),
        Case(
            name: "Russian dialogue dashes",
            text:
                "Порт\n\nМинистр Андрей Соколов приехал в порт.\n— Это ошибка, — заявил он. — Мы будем добиваться пересмотра.",
            quotes: ["Это ошибка,", "Мы будем добиваться пересмотра."], speakers: ["Андрей Соколов", "Андрей Соколов"]),
        Case(
            name: "Polish dash without a comma, dropped subject",
            text: "Port\n\nMinister Tomasz Nowak odwiedził port.\n– To błąd – stwierdził.",
            quotes: ["To błąd"], speakers: ["Tomasz Nowak"]),
        Case(
            name: "Polish dash speech after a sentence of narration in the same paragraph",
            text:
                "Port\n\nMinister Tomasz Nowak odwiedził port w poniedziałek. – To jasny sygnał dla wszystkich – powiedział dziennikarzom.",
            quotes: ["To jasny sygnał dla wszystkich"], speakers: ["Tomasz Nowak"]),
        Case(
            name: "French dialogue dash closed by the comma before its verb",
            text:
                "Le refuge\n\nLa gardienne Élise Morel vit là-haut depuis dix ans.\n— Au début, nos amis nous prenaient pour des fous, raconte Élise Morel.",
            quotes: ["Au début, nos amis nous prenaient pour des fous"], speakers: ["Élise Morel"]),
        Case(
            name: "French dialogue dash closed by the comma before an auxiliary and its verb",
            text:
                "Le refuge\n\nLa gardienne Élise Morel vit là-haut depuis dix ans et elle accueille les randonneurs qui passent la nuit dans la montagne.\n— Regardez le toit, a lancé la gardienne, Élise Morel, en montrant la neige.\n— Il tiendra encore un hiver, a-t-elle assuré.",
            quotes: ["Regardez le toit", "Il tiendra encore un hiver"], speakers: ["Élise Morel", "Élise Morel"]),
        Case(
            name: "French inverted pronoun after a colon",
            text: "Le port\n\nLa biologiste Lucie Kerbrat étudie la baie. Elle nuance : « Les efforts sont réels. »",
            quotes: ["« Les efforts sont réels. »"], speakers: ["Lucie Kerbrat"]),
        Case(
            name: "German so after the quote",
            text: "Der Hafen\n\n„Die Kollegen fragen sich, wie es weitergeht“, so Betriebsrat Ulf Dammann.",
            quotes: ["„Die Kollegen fragen sich, wie es weitergeht“"], speakers: ["Ulf Dammann"]),
        Case(
            name: "Japanese cleft speaker",
            text: "「農家の手取りは上がっていない」と話すのは、新潟県で米作りを営む小野寺隆さん（６１）だ。",
            quotes: ["「農家の手取りは上がっていない」"], speakers: ["小野寺隆"]),
        Case(
            name: "Japanese speaker between と and the verb, in a lede before a blank line",
            text: "港が三日ぶりに再開した。「船が戻ってきて安心した」と漁協の組合長は述べた。\n\n岸壁の修理は来週まで続く。",
            quotes: ["「船が戻ってきて安心した」"], speakers: ["組合長"]),
        Case(
            name: "a list of voices, a line each",
            text:
                "Market to close\n\nDev Patel, Fratton: ‘The stallholders were never asked.’\nAnna Kowalczyk, Cosham: ‘I’m not sentimental about it.’",
            quotes: ["‘The stallholders were never asked.’", "‘I’m not sentimental about it.’"],
            speakers: ["Dev Patel", "Anna Kowalczyk"]),
    ]

    @Test("quote marks of every style, nested and apostrophes", arguments: marks)
    func quoteMarks(_ example: Case) {
        expect(example)
    }

    @Test("speakers in every language", arguments: languages)
    func speakers(_ example: Case) {
        expect(example)
    }

    func expect(_ example: Case) {
        let annotations = QuoteAnalyzer.annotate(example.text)
        #expect(annotations.quotes.map(\.span.text) == example.quotes)
        #expect(annotations.quotes.map(\.speakerName) == example.speakers)
    }

    @Test(
        "the language is told from the first words",
        arguments: [
            ("The minister said the port would close.", Language.english),
            ("El ministro dijo que el puerto no cerrará este año, según fuentes del Gobierno.", .spanish),
            ("Il ministro ha detto che il porto non chiuderà, secondo fonti della regione.", .italian),
            ("O ministro disse que o porto não vai fechar, segundo fontes do Governo.", .portuguese),
            ("De minister zei dat de haven niet dichtgaat, volgens bronnen bij het ministerie.", .dutch),
            ("Министр сказал, что порт не закроется.", .russian),
            ("Minister powiedział, że port nie zostanie zamknięty, według źródeł w rządzie.", .polish),
            ("Le ministre a déclaré que le port ne fermera pas, selon des sources proches du dossier.", .french),
            ("Der Minister sagte, dass der Hafen nicht geschlossen wird, und das ist sicher.", .german),
            ("田中外相は「後退することはない」と述べた。", .japanese),
        ])
    func language(text: String, language: Language) {
        #expect(QuoteAnalyzer.annotate(text).language == language)
    }

    @Test(
        "bylines in every language",
        arguments: [
            ("Port plan\nPor Lucía Fernández\n\nEl puerto cerrará.", "Lucía Fernández"),
            ("Piano del porto\ndi Marco Bianchi\n\nIl porto chiuderà.", "Marco Bianchi"),
            ("Havenplan\nDoor Pieter de Vries\n\nDe haven gaat dicht.", "Pieter de Vries"),
            ("План порта\nАвтор: Иван Петров\n\nПорт закроется.", "Иван Петров"),
            ("Plan portu\nAutor: Anna Kowalska\n\nPort zostanie zamknięty.", "Anna Kowalska"),
            ("Le port\nPar Marie Lenoir\n\nLe port fermera.", "Marie Lenoir"),
        ])
    func byline(text: String, name: String) {
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.bylines.map(\.name) == [name])
        // A byline label is nobody who speaks.
        #expect(annotations.attributions.allSatisfy { $0.sourceName != name && $0.source?.text != "Автор" })
    }

    @Test(
        "things and places never become speakers",
        arguments: [
            (
                "The withdrawal ordered by Núñez began on Monday. The envoy recalled by Valmora left.",
                ["Núñez", "Valmora"]
            ),
            (
                "The figures released by the port office were late. The ban was signed by Lund.",
                ["the port office", "Lund"]
            ),
            (
                "WATCH: The minister speaks at the port.\nEDITOR'S NOTE: This story was updated.",
                ["WATCH", "EDITOR'S NOTE"]
            ),
            ("“We are confident,” Hughes told the BBC outside court.", ["the BBC outside court", "the BBC"]),
            ("Messages found on the phone were used in court, the judge said.", ["Messages"]),
        ])
    func noFalseSpeakers(text: String, never: [String]) {
        let annotations = QuoteAnalyzer.annotate(text)
        let speakers =
            annotations.attributions.flatMap { [$0.source?.text, $0.sourceName] }
            + annotations.quotes.flatMap { [$0.speaker?.text, $0.speakerName] }
        for name in never { #expect(!speakers.contains(name), "\(name) is no speaker") }
    }
}
