/// What the analyser knows about one word: its closed classes and, for a cue, its kind.
struct WordInfo: Sendable {
    var classes: WordClass
    var cue: ReportingVerbs.Kind?
}
