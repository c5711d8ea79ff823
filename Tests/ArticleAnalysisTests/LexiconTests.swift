import Testing

@testable import ArticleAnalysis

/// Each language's table: built without a word too long to look up, and no cue listed twice.
@Suite("Lexicon: every language's table")
struct LexiconTests {
    @Test("no cue form is listed twice in a language (after English inflection)", arguments: Language.allCases)
    func noCueTwice(language: Language) {
        var seen: Set<String> = []
        var twice: [String] = []
        for (form, _) in language.words.cueForms() where !seen.insert(form).inserted { twice.append(form) }
        #expect(twice.isEmpty, "\(language): \(twice)")
    }

    @Test("every word group has words, none listed twice in a language", arguments: Language.allCases)
    func groups(language: Language) {
        var seen: Set<String> = []
        for row in language.words.groups {
            for word in row.words.split(separator: " ").map(String.init) {
                #expect(seen.insert("\(row.group) \(word)").inserted, "\(language): \(word) twice in \(row.group)")
                #expect(row.group.keys.contains(WordHash.of(word)))
            }
        }
        for group in WordGroup.allCases { #expect(!group.keys.isEmpty, "\(group) has no words") }
    }

    @Test("every language's lexicon builds and knows its reporting verbs", arguments: Language.allCases)
    func builds(language: Language) {
        let lexicon = Lexicon.of(language)
        for (form, kind) in language.words.cueForms() {
            #expect(lexicon.info(WordHash.of(form)).cue == kind, "\(language): \(form)")
        }
    }

    @Test("a language's own words replace English ones: Italian 'i' is an article, not 'I'")
    func overrides() {
        #expect(Lexicon.of(.italian).info(WordHash.of("i")).classes.contains(.article))
        #expect(!Lexicon.of(.italian).info(WordHash.of("i")).classes.contains(.pronoun))
        #expect(Lexicon.shared.info(WordHash.of("i")).classes.contains(.pronoun))
    }

    @Test("capitals of Latin Extended-A and Cyrillic hash as their small letters")
    func caseFolding() {
        #expect(WordHash.of("Według") == WordHash.of("według"))
        #expect(WordHash.of("ŁÓDŹ") == WordHash.of("łódź"))
        #expect(WordHash.of("По") == WordHash.of("по"))
        #expect(WordHash.of("Ёлка") == WordHash.of("ёлка"))
    }
}
