extension LanguageWords {
    /// French: « … », a déclaré, selon, Par.
    static let french = LanguageWords(
        classes: [
            ("il elle", [.pronoun, .personPronoun]),
            ("ils elles", .pronoun),
            ("le la les un une", [.determiner, .article]),
            ("de du des en au aux dans sur par avec", .preposition),
            ("est sont", .boundary),
            ("mme ministre président présidente", .title),
            ("a-t-il", [.pronoun, .personPronoun, .male]),
            ("a-t-elle", [.pronoun, .personPronoun, .female]),
            ("a ont avait", .auxiliary),
            ("monsieur il", .male),
            ("madame mme elle", .female),
            ("préfet préfète maire directeur directrice porte-parole", .role),
        ],
        cues: [
            ("déclaré dit affirmé expliqué ajouté estimé souligné indiqué déclare affirme explique", .speech),
            ("assuré précisé confié raconté insisté reconnu annoncé rappelé répondu martelé regretté", .speech),
            ("selon", .sourceNext),
        ],
        bylineOpeners: "par",
        markers: "les des est une dans pour qui avec selon été sont aux cette mais leur"
    )
}
