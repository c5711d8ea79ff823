import Testing

@testable import ArticleAnalysis

@Suite("Speakers and sources after a quote, a colon or an \"according to\", across languages")
struct TagAfterQuoteTests {
    /// The speaker mentions and resolved names of `text`'s quotes.
    static func speakers(_ text: String) -> [String?] {
        QuoteAnalyzer.annotate(text).quotes.map { $0.speaker?.text }
    }

    static func names(_ text: String) -> [String?] {
        QuoteAnalyzer.annotate(text).quotes.map(\.speakerName)
    }

    /// A paragraph that tells the language and opens the article.
    static let frenchLead =
        "Le conseil municipal s’est réuni lundi soir dans la salle des fêtes et la séance, qui a été tendue, a duré"
        + " près de quatre heures pour les élus.\n\n"
    static let italianLead = "Il consiglio comunale si è riunito ieri sera e la seduta è durata fino a tarda notte.\n\n"

    @Test("French and Italian: a verb no table lists, after its auxiliary, and the description before a name")
    func compoundPast() {
        let text =
            Self.frenchLead + """
                « Le port doit rester ouvert », a objecté le conseiller Luc Pradier, élu de la majorité.
                « On décide d’abord, on compte après », a ironisé sa cheffe de file, Maëlle Quéré.
                """
        #expect(Self.speakers(text) == ["le conseiller Luc Pradier", "sa cheffe de file, Maëlle Quéré"])
        #expect(Self.names(text) == ["Luc Pradier", "Maëlle Quéré"])
        let italian =
            Self.italianLead + """
                «Il ponte non è sicuro», ha attaccato il capogruppo di Riva Nuova, Marco Tedeschi, durante il voto.
                """
        #expect(Self.names(italian) == ["Marco Tedeschi"])
    }

    @Test("An elided article opens a person with a name, and never a time (« … », diffusé l’an dernier)")
    func elidedArticle() {
        let text =
            Self.frenchLead + """
                « La cantine est notre priorité », a défendu l’adjointe aux écoles, Inès Carrel.
                """
        #expect(Self.names(text) == ["Inès Carrel"])
        let title =
            Self.frenchLead + """
                Le film « Marée basse », diffusé l’an dernier, a été vu par deux millions de personnes.
                """
        #expect(QuoteAnalyzer.annotate(title).quotes.isEmpty)
    }

    @Test("Italian: a word of time and a pronoun after the verb, whatever follows it")
    func pronounAfterTime() {
        let text =
            Self.italianLead + """
                La libraia Teresa Lanzi ha chiuso il negozio dopo cinquant’anni. «Non me lo aspettavo», confidò allora lei al nostro giornale.
                """
        #expect(Self.speakers(text) == ["lei"])
        #expect(Self.names(text) == ["Teresa Lanzi"])
    }

    @Test("Italian: a time word and a place before a postposed subject")
    func timeAndPlace() {
        let text =
            Self.italianLead + """
                «Dobbiamo vincere», ha detto ieri in conferenza stampa l’allenatore Paolo Serra.
                """
        #expect(Self.names(text) == ["Paolo Serra"])
    }

    @Test("Spanish: the object of a second preposition is no subject (dijo por teléfono desde Murcia)")
    func secondPreposition() {
        let text = """
            Los agricultores recibieron el anuncio con frialdad en toda la región durante la tarde de ayer.

            El presidente de los regantes, Tomás Guillén, habló con este diario. «Llevamos tres años esperando», dijo por teléfono desde Murcia.
            """
        let speakers = QuoteAnalyzer.annotate(text).quotes.map { $0.speakerName }
        #expect(speakers == ["Tomás Guillén"])
    }

    @Test("A pronoun that names nobody is never a source")
    func nobody() {
        let english = """
            The hall showed a film every Friday for twenty years.

            “Please remain seated,” the projectionist used to say. Nobody ever asked why.
            """
        let annotations = QuoteAnalyzer.annotate(english)
        #expect(!annotations.attributions.contains { $0.source?.text == "Nobody" })
        let portuguese = """
            A vereadora falou ontem com os moradores da rua durante a reunião na junta de freguesia.

            «Não podemos proibir as pessoas de vender as casas», respondeu. Ninguém pede que se proíba.
            """
        #expect(!QuoteAnalyzer.annotate(portuguese).attributions.contains { $0.source?.text == "Ninguém" })
    }

    @Test("A colon that ends a paragraph introduces the quote that opens the next, when a person speaks")
    func colonBeforeParagraph() {
        let text = """
            The swimming club closed on Sunday after sixty years on the lake.

            At the farewell on Tuesday, his granddaughter, Emily Hart, read from a letter she had written to him:

            “You never once told me I was doing it wrong.”
            """
        #expect(Self.names(text) == ["Emily Hart"])
        let transcript = """
            The debate was long and the moderators asked many questions.

            Partial transcript as follows:

            “MODERATOR: Good evening.”
            """
        #expect(!QuoteAnalyzer.annotate(transcript).attributions.contains { $0.source?.text == "Partial" })
    }

    @Test("A participle that opens the sentence is no subject: the name after its clause is")
    func participleOpener() {
        let text = """
            El Betis perdió el domingo en casa y el vestuario salió muy enfadado con el arbitraje del partido.

            Preguntado por si pediría explicaciones al comité, Marcos Lledó fue tajante: «Para qué, siempre nos dicen lo mismo».
            """
        #expect(Self.names(text) == ["Marcos Lledó"])
    }

    @Test("Across a paragraph, a capitalized role alone is no speaker: the sentence's full name is")
    func colonBeforeParagraphRole() {
        let text = """
            Zmarła Irena Sokołowska, założycielka teatru lalek w Lublinie. Miała 91 lat.

            Dyrektor teatru Michał Kowal, który przez dwadzieścia lat był jej asystentem, tak ją wspomina:

            „Pani Irena nigdy nie mówiła, że coś jest dla dzieci za trudne.”
            """
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.attributions.map { $0.source?.text } == ["Michał Kowal"])
    }

    @Test("Italian: the source of \"secondo quanto riferito da\" is the agent, not what was reported")
    func reportedAgent() {
        let text =
            Self.italianLead + """
                Il processo dovrebbe chiudersi entro l’estate, secondo quanto riferito da fonti giudiziarie.
                """
        let sources = QuoteAnalyzer.annotate(text).attributions.map { $0.source?.text }
        #expect(sources == ["fonti giudiziarie"])
    }

    @Test("German: nach Angaben introduces a source that ends before the verb, and a separated prefix closes a clause")
    func germanSources() {
        let text = """
            Der Chemiekonzern will in Ludwigshafen rund 1.200 Stellen abbauen, wie am Mittwoch bekannt wurde.

            Nach Angaben der Gewerkschaft arbeiten dort derzeit rund 9.800 Menschen.
            „Wir verdienen mit diesen Anlagen kein Geld mehr“, sagte Vorstandschef Markus Albers. Kündigungen wolle man vermeiden, fügte er hinzu.
            """
        let attributions = QuoteAnalyzer.annotate(text).attributions
        #expect(attributions.map { $0.source?.text } == ["der Gewerkschaft", "Vorstandschef Markus Albers", "er"])
        let announced = QuoteAnalyzer.annotate(
            text + "\nDie Partei kündigte an, eine eigene Vorlage für den Haushalt einzureichen.")
        #expect(announced.attributions.last?.source?.text == "Die Partei")
    }

    @Test("A gerund or an adverb after the verb is how it was said, not who said it (ha raccontato ridendo)")
    func mannerAfterVerb() {
        let italian =
            Self.italianLead + """
                L’allenatore Vincenzo Marra ha parlato a lungo della partita. «Gli ho detto di tirare subito», ha raccontato ridendo.
                """
        #expect(Self.names(italian) == ["Vincenzo Marra"])
        let portuguese = """
            O concerto de sábado encheu o teatro da cidade e a cantora foi aplaudida durante vários minutos.

            Joana Prado falou da infância no interior. “Eu cantava escondida no quintal”, disse antes de tocar a última canção.
            """
        #expect(Self.names(portuguese) == ["Joana Prado"])
    }

    @Test("The listener's own name before the subject is who was told (заявил агентству EFE руководитель …)")
    func listenerName() {
        let text = """
            Спасатели продолжают поиски рабочих в районе шахты, где в среду сошёл сель.

            «Мы работаем вручную», — заявил агентству EFE руководитель операции Хулио Контрерас.
            """
        #expect(Self.names(text) == ["Хулио Контрерас"])
        let portuguese = """
            Os investigadores acompanharam durante oito anos quatro mil adultos residentes na cidade do Porto.

            «O corpo não desliga quando dormimos», explicou à agência Lusa a epidemiologista Sofia Magalhães.
            """
        #expect(Self.names(portuguese) == ["Sofia Magalhães"])
    }

    @Test("Polish: a participle clause and an adverb after the verb are no speakers (Zapytany o …, mówi cicho)")
    func polishParticipleAndAdverb() {
        let text = """
            Trener Jacek Olejniczak nie ukrywał rozczarowania po porażce na własnym stadionie w sobotę.

            Zapytany o swoją przyszłość w klubie, odpowiedział krótko: „To nie jest pytanie do mnie”. Pani Halina Kubacka spędziła noc w szkole. „Ludzie przynoszą koce i zupę” – mówi cicho.
            """
        let quotes = QuoteAnalyzer.annotate(text).quotes
        #expect(quotes.map { $0.speaker?.text }.allSatisfy { !["Zapytany", "cicho"].contains($0) })
        #expect(quotes.map(\.speakerName) == ["Jacek Olejniczak", "Halina Kubacka"])
    }

    @Test(
        "German: sie is a person, und joins no source, im ends the subject (sagt sie und lacht, sagte sie im Wahlkampf)"
    )
    func germanPronoun() {
        let text = """
            In Sedrun sitzt die 84-jährige Mengia Tuor vor ihrem Haus und strickt seit dem frühen Morgen.

            «Damals hat man gesagt, das passiert nur alle hundert Jahre», sagt sie und lacht. Die Gemeinde wolle sparen, sagte sie im Gespräch.
            """
        let attributions = QuoteAnalyzer.annotate(text).attributions
        #expect(attributions.map { $0.source?.text } == ["sie", "sie"])
        #expect(attributions.map(\.sourceName) == ["Mengia Tuor", "Mengia Tuor"])
    }

    @Test("A floating quote after a person named in its paragraph is theirs, not the earlier quote's speaker")
    func floatingQuoteAfterNewSpeaker() {
        let text = """
            Bij een explosie bij een supermarkt in Emmen is in de nacht van dinsdag op woensdag grote schade ontstaan.

            Henk Oosting, die naast de winkel woont, werd wakker van de klap. "Het hele huis trilde", zei hij.

            Burgemeester Ineke Brouwer noemt het 'een wonder' dat er geen slachtoffers zijn gevallen. "Dit soort criminelen neemt bewust het risico dat er mensen omkomen."
            """
        #expect(Self.names(text) == ["Henk Oosting", "Ineke Brouwer"])
    }

    @Test("Outside English a verb of stance takes its subject after it too (считает историк Андрей Белов)")
    func invertedStance() {
        let text = """
            Городские власти обсуждают судьбу старого деревянного дома на набережной, построенного в начале века.

            «Этот дом — редкий пример северного модерна в дереве», — считает историк Андрей Белов.
            """
        #expect(Self.names(text) == ["Андрей Белов"])
    }
}
