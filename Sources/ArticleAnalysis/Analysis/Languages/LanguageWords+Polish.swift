extension LanguageWords {
    /// Polish: „…” – powiedział Nowak; według; subjects dropped; Autor.
    static let polish = LanguageWords(
        classes: [
            ("pytanie odpowiedź", .pageLabel),
            ("on", [.pronoun, .personPronoun, .male]),
            ("ona", [.pronoun, .personPronoun, .female]),
            ("oni one my ja wy", .pronoun),
            ("który która które którzy", .relative),
            ("ten ta te jego jej ich dwa dwie trzy cztery pięć kilka wiele wszyscy każdy", .determiner),
            ("w we z ze na do od dla po przez o u przy bez za przed", .preposition),
            ("że lub albo jak gdy kiedy jeśli gdzie nie jest są był była byli będzie się mu to", .boundary),
            ("i oraz", .and),
            ("a ale choć chociaż bo ponieważ", [.conjunction, .boundary]),
            (
                "także również już jeszcze wczoraj dziś dzisiaj teraz później wcześniej poniedziałek wtorek środę"
                    + " czwartek piątek sobotę niedzielę cicho krótko spokojnie głośno szczerze otwarcie wprost"
                    + " stanowczo",
                .skippable
            ),
            ("jest są był była byli było", .be),
            (
                "minister ministra prezydent premier burmistrz prezes prezeska dyrektor dyrektorka poseł posłanka"
                    + " senator wojewoda prof dr pan pani sędzia",
                .title
            ),
            ("prof dr mgr inż", .abbreviation),
            ("pan", .male),
            ("pani", .female),
            (
                "rzecznik rzeczniczka szef szefowa ekspert ekspertka ekonomista ekonomistka analityk trener adwokat"
                    + " prokurator",
                .role
            ),
            ("uniwersytet ministerstwo rząd sąd komisja spółka firma bank szpital partia związek", .organisation),
            ("raport sondaż badanie komunikat", .document),
        ],
        cues: [
            ("powiedział powiedziała powiedzieli powiedziały mówi mówią mówił mówiła stwierdził", .speech),
            ("stwierdziła dodał dodała dodali podkreślił podkreśliła zaznaczył zaznaczyła wyjaśnił", .speech),
            ("wyjaśniła oświadczył oświadczyła poinformował poinformowała przekazał przekazała zapewnił", .speech),
            ("zapewniła przyznał przyznała napisał napisała odpowiedział odpowiedziała zauważył zauważyła", .speech),
            ("twierdzi przekonywał przekonywała tłumaczył tłumaczyła ostrzegł ostrzegła zapowiedział", .speech),
            ("zapowiedziała", .speech),
            ("pyta pytał pytała dodaje podkreśla wyjaśnia zaznacza przekonuje tłumaczy opowiada", .speech),
            ("zauważa opowiadał opowiadała przyznaje zapewnia ostrzega apeluje", .speech),
            ("kwituje skwitował skwitowała relacjonuje relacjonował relacjonowała przypomina przypomniał", .speech),
            ("przypomniała śmieje żartuje żartował żartowała podsumowuje podsumował podsumowała komentuje", .speech),
            ("skomentował skomentowała obiecuje obiecał obiecała zaapelował zaapelowała odpowiada stwierdza", .speech),
            (
                "poinformowało podało przekazało oświadczyło zapowiedziało stwierdzili twierdzą apelują ostrzegają",
                .speech
            ),
            ("podkreślają zaznaczają wyjaśniają informuje informują", .speech),
            ("ocenił oceniła uważa uważają", .stance),
            ("według zdaniem", .sourceNext),
        ],
        bylineOpeners: "autor autorka",
        markers: "się nie że jest przez dla według powiedział oraz został które który jego już",
        dropsSubjects: true,
        quotesWithDashes: true,
        participleEndings: "any ana ani ony ona eni yty yta",
        groups: [
            ("reporterowi reporterce reporterom dziennikarzowi dziennikarce dziennikarzom mediom nam mi", .listener),
            ("nikt", .nobody),
            (
                "styczeń stycznia luty lutego marzec marca kwiecień kwietnia czerwiec czerwca lipiec lipca"
                    + " sierpień sierpnia wrzesień września październik października listopad listopada grudzień"
                    + " grudnia poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę",
                .calendar
            ),
        ]
    )
}
