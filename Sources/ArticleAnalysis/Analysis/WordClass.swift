/// The closed-class words the attribution finder needs to know, as bit flags.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// A personal pronoun that can be a source: he, she, they, I, we, you, it, also contracted
    /// with an auxiliary ("he's said", "they're saying").
    static let pronoun = WordClass(rawValue: 1 << 0)
    /// He or she: resolved to the most salient person.
    static let personPronoun = WordClass(rawValue: 1 << 1)
    /// Who, which: a relative pronoun that stands for the noun phrase before it.
    static let relative = WordClass(rawValue: 1 << 2)
    /// Opens a noun phrase: articles, numbers, quantifiers, possessives.
    static let determiner = WordClass(rawValue: 1 << 3)
    /// A preposition that may sit inside a source ("official at the ministry").
    static let preposition = WordClass(rawValue: 1 << 4)
    /// Cannot be part of a source: conjunctions, auxiliaries, object pronouns.
    static let boundary = WordClass(rawValue: 1 << 5)
    /// May stand between a source and its verb: adverbs, auxiliaries, days ("also", "has").
    static let skippable = WordClass(rawValue: 1 << 6)
    /// An abbreviation whose dot does not end a sentence (Mr., Sen.).
    static let abbreviation = WordClass(rawValue: 1 << 7)
    /// A title or honorific that belongs to a name ("Senator", "Mr").
    static let title = WordClass(rawValue: 1 << 8)
    /// "to", the second word of "according to".
    static let to = WordClass(rawValue: 1 << 9)
    /// "by", which introduces the source of a passive cue ("cited by Reuters").
    static let by = WordClass(rawValue: 1 << 10)
    /// "and", which joins two names into one source.
    static let and = WordClass(rawValue: 1 << 11)
    /// A conjunction after which a pronoun opens a clause of its own ("but he said").
    static let conjunction = WordClass(rawValue: 1 << 12)
    /// An object pronoun that ends a share of a group: "most of them", "all of whom".
    static let objectPronoun = WordClass(rawValue: 1 << 21)
    /// A unit of time, which a determiner may open ("this week", "few months").
    static let time = WordClass(rawValue: 1 << 22)
    /// A quantifier that may float after its noun phrase ("they all said", "have both warned").
    static let floating = WordClass(rawValue: 1 << 20)
    /// A form of "be": before a cue it makes a passive ("was asked"), whose subject is no source.
    static let be = WordClass(rawValue: 1 << 15)
    /// A German or French auxiliary before a participle cue ("hat gesagt", "a déclaré").
    static let auxiliary = WordClass(rawValue: 1 << 17)
    /// An article or possessive, which opens a noun phrase but never stands alone as one.
    static let article = WordClass(rawValue: 1 << 18)
    /// A common irregular past-tense verb ("met", "took"), where a subject ends.
    static let irregularPast = WordClass(rawValue: 1 << 19)
    /// A document that says things: "in a new poll", "in a statement".
    static let document = WordClass(rawValue: 1 << 16)
    /// A job or role that stands before a name without being part of it ("executive",
    /// "defender"); the words are listed in `RoleWords`.
    static let role = WordClass(rawValue: 1 << 23)
    /// The last word of an organisation or a place ("university", "court"), from `RoleWords`.
    static let organisation = WordClass(rawValue: 1 << 24)
    /// A word that reports a quote only right after it: German "„…“, so Doe".
    static let afterQuoteCue = WordClass(rawValue: 1 << 25)
    /// A cue whose passive is an act, not a report: "ordered by", "recalled by", "named by".
    static let actInPassive = WordClass(rawValue: 1 << 26)
    /// A word of page furniture before a colon: "WATCH:", "EDITOR'S NOTE:", "Contributing:".
    static let pageLabel = WordClass(rawValue: 1 << 27)
    /// A verb whose object is who is spoken to: "told the BBC".
    static let takesListener = WordClass(rawValue: 1 << 28)
    /// An English auxiliary or modal verb ("has", "would", "did"): a noun right after one is
    /// its object or an inverted subject, not the subject of a verb that follows.
    static let helperVerb = WordClass(rawValue: 1 << 29)
    /// A word in -ly that is a noun or an adjective, never an adverb: "the family said", "the
    /// elderly say", "an ally of Doe".
    static let notAdverb = WordClass(rawValue: 1 << 30)
    /// A title that says the person is a man (Mr) or a woman (Mrs, Ms).
    static let male = WordClass(rawValue: 1 << 13)
    static let female = WordClass(rawValue: 1 << 14)
}
