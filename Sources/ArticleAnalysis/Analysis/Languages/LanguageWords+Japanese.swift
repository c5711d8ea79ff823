extension LanguageWords {
    /// Japanese: 「…」と述べた, は/が subjects and によると, read by `JapaneseQuotatives` inside the
    /// long tokens a text without spaces is cut into; no closed classes.
    static let japanese = LanguageWords(
        classes: [],
        cues: [],
        bylineOpeners: "",
        markers: ""
    )
}
