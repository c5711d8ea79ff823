/// A fixed set of word keys (`WordHash` values) that answers `contains` with one multiply and,
/// most often, one load.
///
/// The grammar checks ask whether a token is one of a few dozen words thousands of times per
/// article; a `Set<UInt64>` hashes each key again with SipHash, which cost more than the check
/// around it. The keys are already well-mixed hashes, so an open-addressed table a quarter full
/// finds them directly.
struct WordKeySet: Sendable {
    /// The table: a key where it belongs, or 0 for an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// Whether key 0, which marks empty slots, is in the set.
    private let holdsZero: Bool
    /// How many different keys the set holds.
    let count: Int

    /// Whether the set holds no key.
    var isEmpty: Bool { count == 0 }

    init<Keys: Sequence<UInt64>>(_ keys: Keys) {
        let keys = Array(keys)
        var size = 8
        while size < keys.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        var count = 0
        for key in keys where key != 0 {
            var slot = Self.slot(of: key, mask: mask)
            while slots[slot] != 0, slots[slot] != key { slot = (slot + 1) & mask }
            if slots[slot] == 0 { count += 1 }
            slots[slot] = key
        }
        self.slots = slots
        holdsZero = keys.contains(0)
        self.count = count + (holdsZero ? 1 : 0)
    }

    /// The set of `words`' keys.
    init<Words: Sequence<String>>(words: Words) {
        self.init(words.map { WordHash.of($0) })
    }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return holdsZero }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(of: key, mask: mask)
            while true {
                let found = slots[slot]
                if found == key { return true }
                if found == 0 { return false }
                slot = (slot &+ 1) & mask
            }
        }
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
