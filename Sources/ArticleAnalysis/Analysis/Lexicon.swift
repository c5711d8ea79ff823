/// An open-addressing table from `WordHash` values to `WordInfo`, built once per language from
/// the `LanguageWords` tables.
///
/// A look-up is a multiply, a filter bit and usually one slot, with no branch that depends on
/// the word: about half the words of a text are in the lexicon, in no order a branch predictor
/// could learn, so the filter picks the slot to read (the word's, or an empty one past the
/// table) instead of deciding whether to read one.
struct Lexicon: Sendable {
    /// A word's hash and what the lexicon knows of it; an empty slot has key 0.
    private struct Slot: Sendable {
        var key: UInt64
        var info: WordInfo
    }

    /// `mask + 1` slots at most a quarter full, so a word is nearly always in its first slot,
    /// then one more that is always empty.
    private var slots: [Slot]
    private let mask: Int
    /// A 32,768-bit (4 KB) filter of the keys: most words are not in the lexicon, and one bit
    /// tells. With about a thousand entries, 3% of the other words pass it; a smaller filter let
    /// so many through that the probe loop's exit became unpredictable.
    private var filter = [UInt64](repeating: 0, count: 512)

    /// The lexicon of English, French and German together: texts in those languages, and any
    /// text whose language is not told apart, are read with it.
    static let shared = Lexicon(merging: [.english, .french, .german], marking: true)

    /// The longest word the lexicon holds, in scalars; longer words are never looked up.
    static let longestWord = 20

    /// The lexicons of the other languages: English, overridden by the language's own words
    /// (Italian "i" is an article, not the pronoun "I").
    private static let spanish = Lexicon(merging: [.english], overriddenBy: .spanish)
    private static let italian = Lexicon(merging: [.english], overriddenBy: .italian)
    private static let portuguese = Lexicon(merging: [.english], overriddenBy: .portuguese)
    private static let dutch = Lexicon(merging: [.english], overriddenBy: .dutch)
    private static let russian = Lexicon(merging: [.english], overriddenBy: .russian)
    private static let polish = Lexicon(merging: [.english], overriddenBy: .polish)

    /// The lexicon to read a text in `language` with.
    static func of(_ language: Language) -> Lexicon {
        switch language {
        case .english, .french, .german, .japanese: shared
        case .spanish: spanish
        case .italian: italian
        case .portuguese: portuguese
        case .dutch: dutch
        case .russian: russian
        case .polish: polish
        }
    }

    /// Whether texts in `language` get a lexicon of their own (else `shared` already read them).
    static func hasOwnLexicon(_ language: Language) -> Bool {
        switch language {
        case .english, .french, .german, .japanese: false
        default: true
        }
    }

    /// The words of `languages`, each word with all the classes the tables give it, then those
    /// of `own`, which replace what the others said of the same words.
    /// `marking` adds the frequent words of every language with their `LanguageMarks`.
    private init(merging languages: [LanguageWords], overriddenBy own: LanguageWords? = nil, marking: Bool = false) {
        var entries = Self.entries(of: languages).merging(own.map { Self.entries(of: [$0]) } ?? [:]) { $1 }
        if marking {
            for language in LanguageMarks.languages {
                for word in language.words.markers.split(separator: " ") {
                    entries[WordHash.of(String(word)), default: WordInfo(classes: [], cue: nil)].marks.insert(
                        LanguageMarks(language))
                }
            }
        }
        var capacity = 64
        while capacity < entries.count * 4 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: Slot(key: 0, info: WordInfo(classes: [], cue: nil)), count: capacity + 1)
        // In the order of the keys, not the dictionary's (seeded anew in every process), so
        // that every run probes the same slots and takes the same time.
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            var slot = Self.slot(of: key, mask: mask)
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, info: value)
            let bit = Self.filterBit(of: key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// What the tables of `languages` say of each word.
    private static func entries(of languages: [LanguageWords]) -> [UInt64: WordInfo] {
        var entries: [UInt64: WordInfo] = [:]
        for language in languages {
            for (words, classes) in language.classes {
                for word in words.split(separator: " ") {
                    precondition(word.unicodeScalars.count <= longestWord, "\(word) is longer than the longest word")
                    entries[WordHash.of(String(word)), default: WordInfo(classes: [], cue: nil)].classes
                        .formUnion(classes)
                }
            }
            for (form, kind) in language.cueForms() {
                precondition(form.unicodeScalars.count <= longestWord, "\(form) is longer than the longest word")
                entries[WordHash.of(form), default: WordInfo(classes: [], cue: nil)].cue = kind
            }
        }
        return entries
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The filter bit of a key: the top 15 bits of its multiplicative mix.
    @inline(__always)
    private static func filterBit(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 49)
    }

    /// What the lexicon knows about the word with hash `key` (empty when nothing).
    @inline(__always)
    func info(_ key: UInt64) -> WordInfo {
        // The filter's index is 15 bits shifted right by 6, and every slot index is masked or
        // the one past the table: all in bounds, so they are read without checks.
        let bit = Self.filterBit(of: key)
        let word = filter.withUnsafeBufferPointer { $0[bit &>> 6] }
        let inFilter = Int(truncatingIfNeeded: word &>> UInt64(bit & 63)) & 1
        // All ones when the filter holds the word: then its slot and key, else the empty slot
        // past the table and key 0, so that both stop at the loop's first test.
        let select = 0 &- inFilter
        var slot = (Self.slot(of: key, mask: mask) & select) | ((mask &+ 1) & ~select)
        let wanted = key & UInt64(truncatingIfNeeded: select)
        return slots.withUnsafeBufferPointer { slots in
            while slots[slot].key != wanted, slots[slot].key != 0 { slot = (slot &+ 1) & mask }
            return slots[slot].info
        }
    }
}
