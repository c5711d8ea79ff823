/// The rules that find a cue of reported speech and its source, tried in this order on each
/// token of a kind they read (`reads`); the first rule that claims a token ends the search there.
///
/// Each rule says in one line what it finds and shows it on example sentences, which a test
/// runs through the whole analyser (`AttributionRuleTests`).
enum AttributionRule: Int, CaseIterable, Sendable {
    case tagAfterQuotation
    case speakerLabel
    case insideQuotation
    case documentAfterIn
    case nameAfterDash
    case colonIntroduction
    case sourceAfterPreposition
    case sourceAfterPhrase
    case passiveAgent
    case verbSubject

    /// The kinds of token a rule reads: the finder gives each token only to the rules that
    /// read its kind, in their order.
    struct Reads: OptionSet, Sendable {
        let rawValue: UInt8
        static let quoteMark = Reads(rawValue: 1 << 0)
        static let colon = Reads(rawValue: 1 << 1)
        static let dash = Reads(rawValue: 1 << 2)
        /// The word "in".
        static let inWord = Reads(rawValue: 1 << 3)
        /// A word the lexicon knows as a cue.
        static let cueWord = Reads(rawValue: 1 << 4)
        static let every: Reads = [.quoteMark, .colon, .dash, .inWord, .cueWord]
    }

    /// The kinds of token the rule reads.
    var reads: Reads {
        switch self {
        case .tagAfterQuotation: .quoteMark
        case .speakerLabel, .colonIntroduction: .colon
        case .insideQuotation: .every
        case .documentAfterIn: .inWord
        case .nameAfterDash: .dash
        case .sourceAfterPreposition, .sourceAfterPhrase, .passiveAgent, .verbSubject: .cueWord
        }
    }

    /// Whether a rule may read `token` (`inKey` is `AttributionFinder.inKey`): a quote mark, a
    /// mark that `mayReadMark`, and a word that `mayReadWord`. The scanner lists these tokens
    /// (`TokenText.attributionCandidates`), so that the finder reads only them.
    static func mayRead(_ token: Token, inKey: UInt64) -> Bool {
        switch token.kind {
        case .word: mayReadWord(key: token.key, info: token.info, inKey: inKey)
        case .quoteMark: true
        case .punctuation:
            mayReadMark(
                token.key,
                isQuoteMark: Unicode.Scalar(UInt32(truncatingIfNeeded: token.key)).flatMap(QuoteMark.init) != nil)
        case .lineBreak: false
        }
    }

    /// Whether a rule may read the mark with scalar value `value`: a colon, a dash, or any
    /// quote mark (`isQuoteMark`; a single one may become a quotation's bound once
    /// `QuoteFinder` has paired the marks). Commas, full stops and brackets, most marks, are
    /// read by no rule.
    @inline(__always)
    static func mayReadMark(_ value: UInt64, isQuoteMark: Bool) -> Bool {
        isQuoteMark || value == 0x3A || value == 0x2D || (value >= 0x2013 && value <= 0x2015)
    }

    /// Whether a rule may read the word with hash `key` and lexicon entry `info`: a cue, or "in".
    @inline(__always)
    static func mayReadWord(key: UInt64, info: WordInfo, inKey: UInt64) -> Bool {
        info.cue != nil || key == inKey
    }

    /// The rules that read a token of the kinds `Reads(rawValue: n)`, for every `n`: bit `r`
    /// stands for the rule whose `rawValue` is `r`, so the lowest bit set is the first rule to
    /// try. (Bits rather than an array of rules: reading an array out of an array retains it,
    /// once for every token the finder gives to the rules.)
    static let reading: [UInt16] = (0...Reads.every.rawValue).map { raw in
        allCases.filter { !$0.reads.isDisjoint(with: Reads(rawValue: raw)) }.reduce(0) { $0 | 1 << $1.rawValue }
    }

    /// What the rule finds, in one line.
    var summary: String {
        switch self {
        case .tagAfterQuotation:
            "The speaker tag right after a quotation, in either order: “…,” said Doe / «…», dijo Ruiz."
        case .speakerLabel:
            "The name before a colon that opens a line (LUND: …), also in a quoted transcript."
        case .insideQuotation:
            "A cue inside a quotation belongs to the quoted speaker's own sentences: no attribution."
        case .documentAfterIn:
            "A poll, report or statement after \"in\" is the source of what it says (in a new poll, …)."
        case .nameAfterDash:
            "The name after a dash that closes a quotation: “…” — Jane Doe."
        case .colonIntroduction:
            "The speaker of a quote that a colon opens: Le maire a réagi : « … »."
        case .sourceAfterPreposition:
            "A preposition whose source follows it directly: laut dem Bericht, selon la police."
        case .sourceAfterPhrase:
            "A phrase whose source follows it: according to four sources."
        case .passiveAgent:
            "The agent of a passive report: cited by Reuters (not of a passive act: ordered by Doe)."
        case .verbSubject:
            "The subject of a reporting or stance verb, before it or, after a quote or comma, behind it."
        }
    }

    /// Sentences the rule reads, each with every attribution the analyser finds in it, written
    /// "source / cue".
    var examples: [(text: String, attributions: [String])] {
        switch self {
        case .tagAfterQuotation:
            [
                (
                    "“The pier is finished,” said officials at the harbour office.",
                    ["officials at the harbour office / said"]
                ),
                ("«El muelle está cerrado», dijo Ruiz.", ["Ruiz / dijo"]),
            ]
        case .speakerLabel:
            [
                (
                    "The exchange went on:\n\n“MORENO: The pier is unsafe.\n\n“LUND: It is not.”",
                    ["MORENO / :", "LUND / :"]
                )
            ]
        case .insideQuotation:
            [("“Lund said it was closed, and I believed her,” Moreno said.", ["Moreno / said"])]
        case .documentAfterIn:
            [("In a new poll, most residents back the pier.", ["a new poll / In"])]
        case .nameAfterDash:
            [("“The sea always wins.”\n— Ida Lund", ["Ida Lund / —"])]
        case .colonIntroduction:
            [("Le maire, Thierry Casals, a réagi : « Nous reconstruirons. »", ["Thierry Casals / réagi"])]
        case .sourceAfterPreposition:
            [("Laut dem Bericht ist die Brücke marode.", ["dem Bericht / Laut"])]
        case .sourceAfterPhrase:
            [("The pier will close, according to four sources.", ["four sources / according to"])]
        case .passiveAgent:
            [
                ("The figure was cited by the harbour board.", ["the harbour board / cited by"]),
                ("The withdrawal ordered by Núñez began on Monday.", []),
            ]
        case .verbSubject:
            [
                ("Moreno said that the harbour board wants a new pier.", ["Moreno / said"]),
                ("“It is over,” said Moreno.", ["Moreno / said"]),
                (
                    "Four sources familiar with the plan said the pier would close.",
                    ["Four sources familiar with the plan / said"]
                ),
            ]
        }
    }

    /// Tries the rule on the token `scan.index`: appends what it finds to `scan.found` and says
    /// whether it claimed the token (then no later rule reads it).
    func apply(_ finder: AttributionFinder, _ scan: inout AttributionScan) -> Bool {
        switch self {
        case .tagAfterQuotation: finder.tagAfterQuotation(&scan)
        case .speakerLabel: finder.labelBeforeColon(&scan)
        case .insideQuotation: finder.isInsideQuotation(scan)
        case .documentAfterIn: finder.documentAfterIn(&scan)
        case .nameAfterDash: finder.nameAfterDash(&scan)
        case .colonIntroduction: finder.introductionBeforeColon(&scan)
        case .sourceAfterPreposition: finder.sourceAfterPreposition(&scan)
        case .sourceAfterPhrase: finder.sourceAfterPhrase(&scan)
        case .passiveAgent: finder.passiveAgent(&scan)
        case .verbSubject: finder.verbSubject(&scan)
        }
    }
}
