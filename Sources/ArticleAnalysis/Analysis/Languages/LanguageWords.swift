/// The words one language gives the analyser: its closed classes, its cues (reporting verbs
/// and "according to" words), the words that open its bylines and the common words that tell
/// it apart from the others.
///
/// Each language is one table in a file of its own (`LanguageWords+Spanish.swift`, …);
/// `Lexicon` merges them. English cue rows of one word are regular verbs whose inflections are
/// generated (`ReportingVerbs.inflections`); every other row lists each form it accepts.
struct LanguageWords: Sendable {
    /// Closed-class words, space-separated, and the classes each belongs to. A word may be in
    /// several rows: it then has all their classes ("mr" is an abbreviation, a title, male).
    var classes: [(words: String, classes: WordClass)]
    /// Cue forms, space-separated, and their kind. A form is listed once in a language.
    var cues: [(forms: String, kind: ReportingVerbs.Kind)]
    /// The words that open a byline ("by", "por", "автор"), in lower case.
    var bylineOpeners: String
    /// Frequent words of the language and of no other listed here, for `LanguageDetector`.
    var markers: String
    /// Whether a finite verb may stand without its subject ("«…», dijo."): the speaker is then
    /// the person spoken of last.
    var dropsSubjects = false
    /// Whether a paragraph opened by a dash is a quotation ("— Мы готовы, — сказал он.").
    var quotesWithDashes = false
    /// Pronouns written after their verb with a hyphen, space-separated: French subjects
    /// ("explique-t-elle", "dit-il"), Portuguese objects ("respondeu-me", "queixou-se"). Such a
    /// word is read as two, the verb and the pronoun (`HyphenatedSubject`).
    var hyphenatedPronouns = ""
    /// Endings of past participles, space-separated, for a participle that opens a sentence
    /// before its subject ("Preguntado por el árbitro, Ochoa fue tajante").
    var participleEndings = ""
    /// Endings of gerunds, space-separated: a manner after a verb ("», ha raccontato ridendo"),
    /// never its subject.
    var gerundEndings = ""

    /// Every cue form with its kind: the listed forms, and for English the inflections of a
    /// row's lone regular verb.
    func cueForms() -> [(form: String, kind: ReportingVerbs.Kind)] {
        cues.flatMap { row -> [(form: String, kind: ReportingVerbs.Kind)] in
            let words = row.forms.split(separator: " ").map(String.init)
            let forms = words.count == 1 && inflectsVerbs ? ReportingVerbs.inflections(of: words[0]) : words
            return forms.map { ($0, row.kind) }
        }
    }

    /// Whether one-word cue rows are regular verbs to inflect (English).
    var inflectsVerbs = false
    /// Words, space-separated, of the small groups that single grammar checks read.
    var groups: [(words: String, group: WordGroup)] = []

    /// Every word of the class rows that has any of `wanted`.
    func words(in wanted: WordClass) -> [String] {
        classes.filter { !$0.classes.isDisjoint(with: wanted) }.flatMap { $0.words.split(separator: " ") }
            .map(String.init)
    }
}
