extension LanguageWords {
    /// Dutch: '…', zei De Vries; volgens and aldus; Door.
    static let dutch = LanguageWords(
        classes: [
            ("vraag antwoord", .pageLabel),
            ("hij", [.pronoun, .personPronoun, .male]),
            ("zij", [.pronoun, .personPronoun, .female]),
            ("ze wij we ik jij u", .pronoun),
            ("wie", .relative),
            ("de het een 't hun", [.determiner, .article]),
            ("deze dit enkele veel vele twee drie vier vijf zes zeven acht negen tien alle elke ieder", .determiner),
            ("van in uit bij voor met op aan namens over tegen door", .preposition),
            ("dat die of als toen waar is zijn was waren wordt werd niet er hem haar", .boundary),
            ("en", .and),
            ("maar omdat hoewel terwijl", [.conjunction, .boundary]),
            (
                "ook nog al eerder later gisteren vandaag nu maandag dinsdag woensdag donderdag vrijdag zaterdag"
                    + " zondag",
                .skippable
            ),
            ("is zijn was waren wordt werd", .be),
            ("heeft hebben had hadden", .auxiliary),
            (
                "minister premier burgemeester staatssecretaris wethouder voorzitter directeur hoogleraar dhr"
                    + " mevrouw meneer mw dr prof president koning koningin",
                .title
            ),
            ("dhr mw drs ir", .abbreviation),
            ("dhr meneer", .male),
            ("mevrouw mw", .female),
            ("woordvoerder woordvoerster advocaat deskundige econoom analist trainer topman topvrouw chef", .role),
            (
                "universiteit ministerie regering rechtbank gemeente commissie bedrijf bank ziekenhuis partij vakbond",
                .organisation
            ),
            ("rapport onderzoek peiling verklaring", .document),
        ],
        cues: [
            ("zei zegt zeggen zeiden gezegd verklaarde verklaart vertelde vertelt benadrukte benadrukt", .speech),
            ("stelde stelt voegde voegt schreef schrijft waarschuwde waarschuwt erkende erkent meldde meldt", .speech),
            ("reageerde antwoordde sprak noemde bevestigde bevestigt ontkende vroeg vraagt riep liet beaamde", .speech),
            ("legt reageert herhaalde herhaalt zuchtte lachte concludeerde", .speech),
            ("beloofde belooft", .speech),
            ("legde kondigde kondigt antwoordt noemt noemen onderstreepte onderstreept bevestigden", .speech),
            ("verklaren vertellen waarschuwen meldden benadrukken ontkent", .speech),
            ("vindt vond denkt dacht meent meende", .stance),
            ("volgens aldus", .sourceNext),
        ],
        bylineOpeners: "door",
        markers: "het een van niet dat zijn ook zei naar volgens wordt werd bij hij aldus",
        groups: [
            ("niemand", .nobody),
            (
                "januari februari maart april juni juli augustus september oktober november december maandag"
                    + " dinsdag woensdag donderdag vrijdag zaterdag zondag",
                .calendar
            ),
        ]
    )
}
