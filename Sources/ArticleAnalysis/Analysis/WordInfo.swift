/// What the analyser knows about one word: its closed classes, for a cue its kind, and the
/// languages whose frequent words it is (`LanguageDetector` counts them).
struct WordInfo: Sendable {
    var classes: WordClass
    var cue: ReportingVerbs.Kind?
    var marks: LanguageMarks = []
}
