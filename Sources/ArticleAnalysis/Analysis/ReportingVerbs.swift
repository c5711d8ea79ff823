/// The lexicon of reporting verbs and phrases, in all their inflections: the one table the
/// attribution finder reads.
///
/// A row with one word is a regular verb whose inflections are generated ("support" gives
/// supports, supported, supporting); a row with several words lists every form to accept
/// (irregular verbs, and verbs whose noun forms must be left out: "notes", "remarks").
enum ReportingVerbs {
    /// How a cue relates to its source and to quotations.
    enum Kind: UInt8, Sendable {
        /// A verb of speech or writing: introduces direct quotes; source before ("Doe said")
        /// or, after a quote or comma, behind it ("said Doe").
        case speech
        /// A verb of thought, stance or reaction (believes, criticized): source before it.
        case stance
        /// An adjective of attitude after a form of "be": "Doe is confident that …".
        case attitude
        /// A phrase whose source follows it: "according to" (the finder asks for the "to").
        case sourceFollows
        /// A preposition whose source follows it directly: German "laut", French "selon".
        case sourceNext
    }

    /// The table: verb forms and their kind.
    static let entries: [(forms: String, kind: Kind)] = [
        ("say says said saying", .speech), ("tell tells told", .speech), ("adds added", .speech),
        ("noted noting", .speech), ("write writes wrote", .speech), ("tweeted tweeting", .speech),
        ("argue", .speech), ("insist", .speech), ("warn", .speech), ("explain", .speech), ("ask", .speech),
        ("continued", .speech), ("stated", .speech), ("declare", .speech), ("reply", .speech),
        ("respond", .speech), ("recalls recalled", .speech), ("acknowledge acknowledges acknowledged", .speech),
        ("claimed claiming", .speech),
        ("concede", .speech), ("admit admits admitted admitting", .speech), ("remarked", .speech),
        ("quip quips quipped", .speech), ("joked jokes joking", .speech), ("complain", .speech), ("countered", .speech),
        ("emphasize", .speech), ("emphasised", .speech), ("stressed", .speech), ("observed", .speech),
        ("announce", .speech), ("conclude", .speech), ("suggest", .speech), ("predict", .speech),
        ("promised", .speech), ("vow", .speech), ("urge", .speech), ("caution", .speech), ("reported", .speech),
        ("confirm", .speech), ("deny", .speech), ("mused", .speech), ("shouted", .speech),
        ("yelled", .speech), ("exclaimed", .speech), ("whispered", .speech), ("boast", .speech),
        ("brag bragged bragging", .speech), ("contend", .speech),
        ("reiterate", .speech), ("assure", .speech), ("echoed", .speech), ("mention", .speech),
        ("spoke", .speech), ("talked", .speech), ("repeated", .speech),
        ("answered", .speech), ("told", .speech), ("announced", .speech), ("proclaimed", .speech),
        ("criticize", .stance), ("criticised", .stance), ("accuse", .stance), ("praised praises", .stance),
        ("defend", .stance),
        ("describe", .stance), ("endorse endorses endorsed", .stance), ("expressed", .stance), ("agree", .stance),
        ("referring", .stance),
        ("referred", .stance), ("pointed", .stance), ("reveal", .stance), ("declined", .stance), ("refused", .stance),
        ("hope", .stance), ("believe believes", .stance), ("think thinks thought", .stance),
        ("knows", .stance), ("wants", .stance),
        ("fear feared fearing", .stance), ("worried", .stance), ("cited citing", .stance),
        ("quoted", .stance), ("called calling calls", .stance), ("supported supporting supports", .stance),
        ("oppose", .stance), ("shows showed shown", .stance), ("finds found", .stance),
        ("see sees", .stance), ("seeks sought seeking", .stance), ("propose", .stance),
        ("pledged pledging", .stance), ("claims", .stance),
        ("attacked", .stance), ("reject", .stance), ("dismiss", .stance), ("blamed blames blaming", .stance),
        ("questioned questioning", .stance), ("indicate", .stance), ("named", .stance), ("blasted", .stance),
        ("backed backing", .stance), ("offered", .stance), ("denounce", .stance), ("condemn", .stance),
        ("mock", .stance), ("learned", .stance), ("prefer prefers preferred", .stance), ("demands", .stance),
        ("decided", .stance), ("voiced", .stance),
        ("estimated", .stance), ("recommend", .stance),
        ("describing", .stance), ("voted", .stance), ("welcomed", .stance),
        ("applaud", .stance), ("slammed", .stance), ("lamented", .stance), ("rejected", .stance),
        ("highlighted", .stance), ("touted touts", .stance), ("signaled", .stance),
        ("know knew", .stance), ("want wants wanted", .stance), ("show", .stance), ("retweet", .speech),
        ("imply implied implies", .stance), ("recognize", .stance), ("laud", .stance), ("dismiss", .stance),
        ("discuss", .speech), ("decry decried decries", .stance), ("claim", .speech), ("viewed", .stance),
        ("hailed", .stance), ("blame", .stance),
        ("telling", .speech), ("posted", .speech), ("dismissed", .stance),
        ("ordered", .stance), ("pointing", .stance), ("promising", .speech), ("discussed", .speech),
        ("recalling", .speech), ("assert", .speech), ("reminded", .speech), ("listed", .stance),
        ("encouraged", .stance), ("stating", .speech), ("railed rails railing", .speech), ("challenged", .stance),
        ("threatened", .stance), ("portrayed portraying", .stance), ("refusing", .stance), ("emailed", .speech),
        ("thanked", .speech), ("slams", .stance), ("addressed", .speech), ("endorsing", .stance),
        ("embraced", .stance), ("pleaded", .speech), ("issued", .speech), ("notes", .speech),
        ("pushed pushing", .stance), ("discussing", .speech), ("express expresses", .stance),
        ("reads", .speech), ("ruled", .stance), ("sounded", .speech), ("repeating", .speech),
        ("commented interjected remarking echoing apologized thanking recounted testified", .speech),
        ("wondered chanted chanting alleges talking talks", .speech),
        ("cite cites blasts blasting assailed lambasted derided likened slamming praising touting", .stance),
        ("invoked referenced bemoaned congratulated advocated refuses balked sided threaten expressing", .stance),
        ("expect expecting believing considers realized remember remembers remembered noticed worry wonder", .stance),
        ("disagree reacted outlined outlining unveiled", .stance),
        ("released filed published publishing publishes signed identified identify identifies identifying", .stance),
        ("feel estimates estimate requested favor laid exposed blocked weighed alleged sued knocked", .stance),
        ("nominate nominated pressed focused focuses focusing expects disclosed lashed imagined", .stance),
        ("considered charged contradicted envision envisioned", .stance),
        ("reaffirm", .speech),
        (
            "reports hints speculate speculated surmised clarified elaborated retorted confess gushed scoffed fumed",
            .speech
        ),
        ("rebut rebuts refute chided chides chiding scolded underscored underscores refers", .speech),
        ("forecast", .speech),
        ("avoided reversed authorized framed distanced", .stance),
        (
            "confident skeptical eager aware convinced worried concerned optimistic hopeful glad unhappy reluctant wary upset supportive",
            .attitude
        ),
        ("according", .sourceFollows),
        // German and French: the same rules serve „…“, sagte and « … », a déclaré.
        ("sagte sagt sagten gesagt erklärte erklärt betonte betont meinte schrieb fügte", .speech),
        ("déclaré dit affirmé expliqué ajouté estimé souligné indiqué déclare affirme explique", .speech),
        ("assuré précisé confié raconté insisté reconnu annoncé rappelé répondu martelé regretté", .speech),
        ("ergänzte berichtete warnte kritisierte forderte", .speech),
        ("laut selon", .sourceNext),
    ]

    /// Every form of every row: the listed forms, or the inflections of a lone regular verb.
    static func forms() -> [(form: String, kind: Kind)] {
        entries.flatMap { row -> [(form: String, kind: Kind)] in
            let words = row.forms.split(separator: " ").map(String.init)
            let forms = words.count == 1 ? inflections(of: words[0]) : words
            return forms.map { ($0, row.kind) }
        }
    }

    /// The regular inflections of a verb: base, third person, past, -ing. A row that is a
    /// past or -ing form already ("noted") stands for itself only.
    static func inflections(of verb: String) -> [String] {
        guard verb.unicodeScalars.allSatisfy(\.isASCII) else { return [verb] }
        if verb.hasSuffix("ed") || verb.hasSuffix("ing") || verb.hasSuffix("s") { return [verb] }
        if verb.hasSuffix("e") {
            let stem = String(verb.dropLast())
            return [verb, verb + "s", verb + "d", stem + "ing"]
        }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) {
            let stem = String(verb.dropLast())
            return [verb, stem + "ies", stem + "ied", verb + "ing"]
        }
        if verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("ss") || verb.hasSuffix("x") {
            return [verb, verb + "es", verb + "ed", verb + "ing"]
        }
        return [verb, verb + "s", verb + "ed", verb + "ing"]
    }
}
