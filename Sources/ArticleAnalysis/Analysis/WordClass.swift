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
    /// A title that says the person is a man (Mr) or a woman (Mrs, Ms).
    static let male = WordClass(rawValue: 1 << 13)
    static let female = WordClass(rawValue: 1 << 14)

    /// The words of each class.
    static let members: [(words: String, classes: WordClass)] = [
        ("he she he's she's he'll she'll he'd she'd er il elle", [.pronoun, .personPronoun]),
        (
            "they i we you it they're we're you're i'm it's they've we've i've they'll we'll i'll they'd we'd i'd"
                + " ils elles",
            .pronoun
        ),
        ("who which who's", .relative),
        (
            "the a an this these those some many most several other others another both each every few all any"
                + " no his her their its our my your one two three four five six seven eight nine ten eleven twelve"
                + " dozens hundreds thousands millions numerous multiple senior top der die das den dem ein eine"
                + " einer le la les un une",
            .determiner
        ),
        (
            "of at for from with in on near inside among within to by de du des en au aux dans sur par avec aus"
                + " von vom bei zum zur für über",
            .preposition
        ),
        (
            "that whom whose when while because as if but or nor so than where whether although though since"
                + " after before until unless once what how why him them us me is are be being were will would can"
                + " could should may must might do does did has have had was been not never there here just about"
                + " into over under against through during without across toward towards upon via per despite"
                + " like whether sind ist war waren wird werden haben est sont",
            .boundary
        ),
        (
            "also has have had can cannot later previously recently repeatedly then once did does do would"
                + " will could might may should must already often never not publicly privately frequently initially"
                + " first again still even long quickly simply flatly explicitly specifically bluntly openly today"
                + " yesterday tonight earlier monday tuesday wednesday thursday friday saturday sunday on last week"
                + " now reportedly similarly likewise separately subsequently ultimately eventually finally further"
                + " herself himself themselves itself indeed however sometimes always usually ever actually really"
                + " apparently generally largely certainly instead nevertheless twice soon less more fully"
                + " again yet meanwhile overall moreover furthermore nonetheless afterward afterwards thus just since"
                + " very only too quite rather far",
            .skippable
        ),
        (
            "days week weeks month months year years decade decades morning afternoon evening night weekend",
            [.skippable, .time]
        ),
        (
            "mr mrs ms dr sen rep gov gen lt col sgt st jr sr prof messrs rev capt adm maj cmdr gens sens reps",
            .abbreviation
        ),
        (
            "mr mrs ms dr sen rep gov gen lt col sgt prof president senator governor mayor minister secretary"
                + " representative congressman congresswoman judge justice chancellor director chairman chairwoman"
                + " chief ambassador spokesman spokeswoman spokesperson adviser advisor professor candidate speaker"
                + " leader commissioner attorney general sheriff detective officer pope rabbi reverend lord lady sir"
                + " dame prince princess king queen herr frau mme minister ministerin kanzler kanzlerin präsident"
                + " präsidentin ministre président présidente",
            .title
        ),
        ("a-t-il", [.pronoun, .personPronoun, .male]),
        ("a-t-elle", [.pronoun, .personPronoun, .female]),
        ("to", .to),
        ("by", .by),
        ("and &", .and),
        ("all both each", .floating),
        ("them whom us", .objectPronoun),
        ("but yet though although because while whereas as", .conjunction),
        ("is was were are been being be am", .be),
        ("hat habe a ont avait", .auxiliary),
        (
            "met made took gave went came got put ran won lost left held kept brought began became sent spent found"
                + " built led paid stood fell set hit",
            .irregularPast
        ),
        ("the a an no his her their its our my your der die das den dem ein eine einer le la les un une", .article),
        ("poll polls polling survey surveys study report", .document),
        ("mr he he's he'll he'd him his herr monsieur er il", .male),
        ("mrs ms miss she she's she'll she'd her frau madame mme elle", .female),
        (RoleWords.roles, .role),
        (RoleWords.organisations, .organisation),
    ]
}
