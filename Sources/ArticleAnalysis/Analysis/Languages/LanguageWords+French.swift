extension LanguageWords {
    /// French: « … », a déclaré, selon, Par.
    static let french = LanguageWords(
        classes: [
            ("question réponse", .pageLabel),
            ("il elle", [.pronoun, .personPronoun]),
            ("ils elles", .pronoun),
            ("le la les un une", [.determiner, .article]),
            ("cette sa ses leur leurs", .determiner),
            (
                "aussi alors hier déjà encore puis ensuite lundi mardi mercredi jeudi vendredi samedi dimanche",
                .skippable
            ),
            ("de du des en au aux dans sur par avec", .preposition),
            ("est sont", .boundary),
            ("mme ministre président présidente", .title),
            ("a ont avait", .auxiliary),
            ("monsieur il", .male),
            ("madame mme elle", .female),
            ("préfet préfète maire directeur directrice porte-parole", .role),
        ],
        cues: [
            ("déclaré dit affirmé expliqué ajouté estimé souligné indiqué déclare affirme explique", .speech),
            ("assuré précisé confié raconté insisté reconnu annoncé rappelé répondu martelé", .speech),
            ("regretté rétorqué", .speech),
            ("ajoute précise poursuit conclut lance glisse souffle résume confie", .speech),
            ("témoigne raconte rappelle souligne indique note relève insiste assure reconnaît admet", .speech),
            ("prévient avertit sourit tranche martèle déplore regrette observe commente répond réplique", .speech),
            ("nuance promet lancé glissé poursuivi conclu résumé témoigné noté relevé averti prévenu", .speech),
            ("répliqué commenté observé déploré tranché promis réagi détaillé interrogé", .speech),
            ("dénoncé dénonce parlent", .speech),
            ("rapporte rapporté signale signalé détaille affirment expliquent soulignent indiquent précisent", .speech),
            ("ajoutent assurent déclarent préviennent", .speech),
            ("estime juge considère pense", .stance),
            ("selon d’après d'après", .sourceNext),
        ],
        bylineOpeners: "par",
        markers: "les des est une dans pour qui avec selon été sont aux cette mais leur et sur au ont était très",
        quotesWithDashes: true,
        hyphenatedPronouns: "il elle on ils elles",
        participleEndings: "é ée és ées",
        groups: [
            ("personne", .nobody), ("l", .elidedArticle),
            (
                "janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi"
                    + " mercredi jeudi vendredi samedi dimanche",
                .calendar
            ),
        ]
    )
}
