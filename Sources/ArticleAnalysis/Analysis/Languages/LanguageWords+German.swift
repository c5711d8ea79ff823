extension LanguageWords {
    /// German: „…“ and »…«, sagte er, laut, Von.
    static let german = LanguageWords(
        classes: [
            ("frage antwort nachruf", .pageLabel),
            ("er", [.pronoun, .personPronoun]),
            ("sie", [.pronoun, .personPronoun, .female]),
            ("ich wir es", .pronoun),
            ("und sowie", .and),
            ("der die das den dem ein eine einer", [.determiner, .article]),
            ("aus von vom bei beim im am zum zur für über", .preposition),
            ("sind ist war waren wird werden haben", .boundary),
            ("herr frau minister ministerin kanzler kanzlerin präsident präsidentin", .title),
            ("hat habe", .auxiliary),
            ("herr er", .male),
            ("frau", .female),
            ("so", .afterQuoteCue),
            (
                "auch außerdem zudem dann gestern heute bereits noch nun montag dienstag mittwoch donnerstag freitag"
                    + " samstag sonntag",
                .skippable
            ),
            (
                "vorsitzende vorsitzender vorständin vorstand sprecher sprecherin ökonom ökonomin leiter leiterin"
                    + " direktor direktorin bürgermeister bürgermeisterin betriebsrat betriebsrätin gewerkschafter"
                    + " gewerkschafterin experte expertin stammgast anwohner anwohnerin",
                .role
            ),
        ],
        cues: [
            ("sagte sagt sagten gesagt erklärte erklärt betonte betont meinte schrieb fügte", .speech),
            ("ergänzte berichtete warnte kritisierte forderte", .speech),
            ("erzählt erzählte berichtet ergänzt warnt fordert kritisiert räumt räumte", .speech),
            ("kündigte kündigt würdigte würdigt nannte nennt sprach spricht", .speech),
            ("teilte teilt teilten erläuterte erläutert antwortete antwortet entgegnete entgegnet", .speech),
            ("bestätigte versicherte unterstrich unterstreicht bekräftigte", .speech),
            ("mahnte mahnt beklagte beklagt schreibt schreiben sagen erklärten betonten warnten forderten", .speech),
            ("glaubt glauben befürchtet befürchten", .stance),
            ("laut angaben", .sourceNext),
        ],
        bylineOpeners: "von",
        markers: "der und das ist nicht mit sich auf für ein eine dem den wurde sagte auch",
        groups: [
            ("der des", .genitiveArticle), ("niemand", .nobody), ("hinzu mit an zu fest", .separatedPrefix),
            (
                "januar jänner februar märz april juni juli august september oktober november dezember montag"
                    + " dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
                .calendar
            ),
        ]
    )
}
