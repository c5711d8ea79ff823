/// A small set of words that one grammar check reads by name, listed in the language tables
/// beside the word classes (whose bits are all taken by classes the token stream carries).
enum WordGroup: CaseIterable, Sendable {
    /// Numbers and quantities that only go with a plural ("four sources", "several officials").
    case pluralQuantity
    /// German genitive articles ("der Regierung", "des Ministers").
    case genitiveArticle
    /// Prepositions the lexicon keeps as clause boundaries, after which a participle still
    /// opens a reduced relative clause ("released during the hearings").
    case boundaryPreposition
    /// Indefinite articles ("a group called …").
    case indefiniteArticle
    /// Verbs that also name things ("a group called X", "a man named Y").
    case namingVerb
    /// Listeners in the dative, between a verb and its subject ("powiedział nam", "сказал
    /// корреспонденту").
    case listener
    /// Cues that are also ordinals ("secondo": "according to" and "second").
    case ordinalCue
    /// Words that open "what was reported" after an "according to" cue ("secondo quanto
    /// riferito da …", "según lo informado por …").
    case reportedWhat
    /// Prepositions of a passive's agent ("riferito da", "informado por").
    case agentPreposition
    /// Prefixes a German verb leaves at the end of its clause ("fügte er hinzu", "teilte … mit").
    case separatedPrefix
    /// Articles written against the next word with an apostrophe ("l’adjointe", "dell’ente").
    case elidedArticle
    /// Pronouns that name nobody ("nobody", "nadie", "никто"): never the source of what is said.
    case nobody
    /// Months and days of the week ("Dezember", "lundi", "marzo"): a date, never the source of
    /// what is said.
    case calendar

    /// `WordHash` of the group's words in every language's table.
    var keys: WordKeySet { Self.keysByGroup[self] ?? Self.noKeys }

    /// `WordHash` of the group's words in `language`'s table alone, for groups whose words are
    /// names elsewhere (Italian "sabato" is a surname in English copy).
    func keys(in language: Language) -> WordKeySet {
        Self.keysByLanguage[language]?[self] ?? Self.noKeys
    }

    /// The keys of a group without words, made once (English elides no article).
    private static let noKeys = WordKeySet([])

    /// Each language's words of each group, as its table lists them.
    private static let wordsByLanguage: [Language: [WordGroup: [String]]] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            let words = Dictionary(grouping: language.words.groups, by: \.group).mapValues { rows in
                rows.flatMap { $0.words.split(separator: " ").map(String.init) }
            }
            return (language, words)
        })

    private static let keysByLanguage = wordsByLanguage.mapValues { $0.mapValues { WordKeySet(words: $0) } }

    private static let keysByGroup: [WordGroup: WordKeySet] = wordsByLanguage.values
        .reduce(into: [WordGroup: [String]]()) { all, groups in all.merge(groups) { $0 + $1 } }
        .mapValues { WordKeySet(words: $0) }
}
