import Testing

@testable import ArticleAnalysis

@Suite("Interviews: answers after questions belong to the interviewee")
struct InterviewShapeTests {
    static let italian = """
        Marta Colli: «Il teatro di paese non è un museo»
        di Piero Sandri

        La regista Marta Colli, 47 anni, porta in tournée il suo nuovo spettacolo in venti piazze del Piemonte. \
        L’abbiamo incontrata nel teatro comunale di Bra, tra le scene ancora da montare.

        Come nasce lo spettacolo?
        «Da una lettera trovata in soffitta. L’ho letta ad alta voce e ho capito che era già una scena».

        Il sindaco, Franco Dotta, ha detto che il teatro resterà aperto tutto l’anno. Ci crede?
        «Ci credo perché lo abbiamo deciso insieme, e perché il pubblico c’è».

        Progetti per l’estate?
        «Una scuola per ragazzi, se il comune ci dà una sala».
        """

    @Test("each quoted answer after a question takes the person the headline label names")
    func answersTakeTheInterviewee() {
        let annotations = QuoteAnalyzer.annotate(Self.italian)
        let answers = annotations.quotes.filter {
            $0.span.text.hasPrefix("«Da") || $0.span.text.hasPrefix("«Ci") || $0.span.text.hasPrefix("«Una")
        }
        #expect(answers.count == 3)
        #expect(answers.allSatisfy { $0.speakerName == "Marta Colli" }, "\(answers.map(\.speakerName))")
    }

    @Test("answer labels lead to the answer, question labels are never sources")
    func labels() {
        let text = """
            Ein Abschied nach zwölf Jahren
            Von Lena Brück

            Der Bürgermeister Tobias Renner verlässt im Mai das Rathaus von Kellinghusen.

            Frage: Herr Renner, was bleibt?
            Antwort: »Ein Marktplatz ohne Autos. Das hat lange gedauert.«

            Frage: Und was fehlt Ihnen?
            Antwort: »Die Zeit für meinen Garten.«
            """
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.quotes.count == 2)
        #expect(
            annotations.quotes.allSatisfy { $0.speakerName == "Tobias Renner" },
            "\(annotations.quotes.map(\.speakerName))")
        #expect(!annotations.attributions.contains { $0.source?.text == "Frage" })
    }

    @Test("one question does not make an interview: the quote after it keeps the last speaker")
    func oneQuestionIsNoInterview() {
        let text = """
            Harbour tolls to rise

            Dock manager Ida Lund said the port would raise its tolls in spring. “The ferries will not pay,” \
            ferry owner Ole Moen said. Who pays then?
            “The council, not the port, because the quay belongs to the town.”
            """
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.quotes.count == 2)
        #expect(annotations.quotes.last?.speakerName == "Ole Moen")
    }

    @Test("a Japanese interviewer's turn opens with a doubled dash; answers take the person who spoke before")
    func japanese() {
        let text = """
            新人関脇が初優勝　記者会見で喜び語る

            大相撲春場所は千秋楽を迎え、関脇の若浪（２４）が十四勝一敗で初めての優勝を果たした。\
            優勝インタビューで若浪は、「家族に恩返しができた」と語った。

            ――優勝が決まった瞬間の気持ちは。
            「信じられませんでした。家族の顔が浮かびました」

            ――次の目標は。
            「もっと強くなって、横綱を目指したいです」
            """
        let quotes = QuoteAnalyzer.annotate(text).quotes
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0.speakerName == "若浪" }, "\(quotes.map(\.speakerName))")
    }
}
