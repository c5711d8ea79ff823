/// An open-addressing table from `WordHash` values to `WordInfo`, built once from
/// `WordClass.members` and `ReportingVerbs.entries`.
///
/// A look-up is a multiply, a mask and usually one comparison: fast enough to run on every
/// word of every article.
struct Lexicon: Sendable {
    private var keys: [UInt64]
    private var values: [WordInfo]
    private let mask: Int
    /// A 4096-bit filter of the keys: most words are not in the lexicon, and one bit tells.
    private var filter = [UInt64](repeating: 0, count: 64)

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
        while capacity < entries.count * 4 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: WordInfo(classes: [], cue: nil), count: capacity)
        for (key, value) in entries {
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
            let bit = Self.filterBit(of: key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The filter bit of a key: the top 12 bits of its multiplicative mix.
    @inline(__always)
    private static func filterBit(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    /// What the lexicon knows about the word with hash `key` (empty when nothing).
    @inline(__always)
    func info(_ key: UInt64) -> WordInfo {
        let bit = Self.filterBit(of: key)
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return WordInfo(classes: [], cue: nil) }
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return WordInfo(classes: [], cue: nil) }
            slot = (slot + 1) & mask
        }
    }
}
