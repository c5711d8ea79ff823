/// An open-addressing table from `WordHash` values to `WordInfo`, built once from
/// `WordClass.members` and `ReportingVerbs.entries`.
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

    /// `mask + 1` slots at most an eighth full, so a word is nearly always in its first slot,
    /// then one more that is always empty.
    private var slots: [Slot]
    private let mask: Int
    /// A 32,768-bit (4 KB) filter of the keys: most words are not in the lexicon, and one bit
    /// tells. With about a thousand entries, 3% of the other words pass it; a smaller filter let
    /// so many through that the probe loop's exit became unpredictable.
    private var filter = [UInt64](repeating: 0, count: 512)

    /// The analyser's lexicon.
    static let shared = Lexicon()

    /// The longest word the lexicon holds, in scalars; longer words are never looked up.
    static let longestWord = 16

    private init() {
        var entries: [UInt64: WordInfo] = [:]
        for (words, classes) in WordClass.members {
            for word in words.split(separator: " ") {
                entries[WordHash.of(String(word)), default: WordInfo(classes: [], cue: nil)].classes.formUnion(classes)
            }
        }
        let words =
            WordClass.members.flatMap { $0.words.split(separator: " ") }.map(String.init)
            + ReportingVerbs.forms().map(\.form)
        precondition(words.allSatisfy { $0.unicodeScalars.count <= Self.longestWord })
        for (form, kind) in ReportingVerbs.forms() {
            entries[WordHash.of(form), default: WordInfo(classes: [], cue: nil)].cue = kind
        }
        var capacity = 64
        while capacity < entries.count * 8 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: Slot(key: 0, info: WordInfo(classes: [], cue: nil)), count: capacity + 1)
        for (key, value) in entries {
            var slot = Self.slot(of: key, mask: mask)
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, info: value)
            let bit = Self.filterBit(of: key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
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
        let bit = Self.filterBit(of: key)
        let inFilter = Int(truncatingIfNeeded: filter[bit >> 6] >> UInt64(bit & 63)) & 1
        // All ones when the filter holds the word: then its slot and key, else the empty slot
        // past the table and key 0, so that both stop at the loop's first test.
        let select = 0 &- inFilter
        var slot = (Self.slot(of: key, mask: mask) & select) | ((mask + 1) & ~select)
        let wanted = key & UInt64(truncatingIfNeeded: select)
        while slots[slot].key != wanted, slots[slot].key != 0 { slot = (slot + 1) & mask }
        return slots[slot].info
    }
}
