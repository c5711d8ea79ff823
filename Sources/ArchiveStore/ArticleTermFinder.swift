import Foundation

/// Finds the distinct terms of one article's texts as FTS5 indexes them (`IndexTerms.of`), in
/// memory it allocates once and frees itself: no array appends, uniqueness checks or
/// reference counting per word.
///
/// A run of ASCII letters and digits between ASCII separators is a word in lower case, as
/// `unicode61` makes it; it is folded straight into the free end of the term bytes and kept
/// there only when new. Any run that holds other characters goes to FTS5's own tokenizer
/// (`Unicode61`). Terms are kept in the order they first occur, each with its hash
/// (`TermTable.hash`).
struct ArticleTermFinder {
    /// The terms' bytes, one after the other, then room for the next one.
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity: Int
    private var arenaCount = 0
    /// Where each term ends in `arena`, and its hash.
    private var ends: UnsafeMutablePointer<Int32>
    private var hashes: UnsafeMutablePointer<UInt64>
    private var termCapacity: Int
    private var count = 0
    /// Index of a term plus one, or 0 for an empty slot; the count is a power of two.
    private var slots: UnsafeMutablePointer<Int32>
    private var slotCount: Int
    /// FTS5's tokenizer, made for the first run that holds other characters than ASCII.
    private var tokenizer: Unicode61.TokenizerObject?

    /// A finder for texts of about `textBytes` UTF-8 bytes in all (it grows past them).
    init(textBytes: Int) {
        arenaCapacity = max(256, textBytes / 2)
        termCapacity = max(64, textBytes / 16)
        slotCount = 256
        while slotCount < termCapacity * 2 { slotCount *= 2 }
        arena = .allocate(capacity: arenaCapacity)
        ends = .allocate(capacity: termCapacity)
        hashes = .allocate(capacity: termCapacity)
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
    }

    /// Frees the finder's memory; it is not used afterwards.
    func deallocate() {
        arena.deallocate()
        ends.deallocate()
        hashes.deallocate()
        slots.deallocate()
    }

    /// The terms found, for another thread.
    func terms() -> IndexTerms {
        IndexTerms(
            bytes: Array(UnsafeBufferPointer(start: arena, count: arenaCount)),
            ends: Array(UnsafeBufferPointer(start: ends, count: count)),
            hashes: Array(UnsafeBufferPointer(start: hashes, count: count)))
    }

    /// Each byte as a word holds it: an ASCII letter in lower case, a digit as it is, 0 for an
    /// ASCII separator, `otherByte` for a byte of a character beyond ASCII.
    static let folding: [UInt8] = (0...255).map { byte in
        if byte >= 0x80 { return otherByte }
        let byte = UInt8(byte)
        guard isWordByte(byte) else { return 0 }
        return byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
    static let otherByte: UInt8 = 0xFF

    /// Adds the tokens of `text` as FTS5 makes them of a document.
    mutating func addTokens(of text: String) {
        var text = text
        text.withUTF8 { utf8 in
            Self.folding.withUnsafeBufferPointer { folding in
                addTokens(of: utf8, folding: folding)
            }
        }
    }

    private mutating func addTokens(of utf8: UnsafeBufferPointer<UInt8>, folding: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress, let folding = folding.baseAddress else { return }
        let count = utf8.count
        var index = 0
        while index < count {
            if folding[Int(base[index])] == 0 {
                index += 1
                continue
            }
            let start = index
            // A word's folded bytes are no more than the text's bytes left, nor than a token's.
            reserveArena(Swift.min(count - index, IndexTerms.maxTokenBytes))
            let folded = arena + arenaCount
            var ascii = true
            var length = 0
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while index < count {
                let byte = folding[Int(base[index])]
                if byte == 0 { break }
                if byte == Self.otherByte {
                    ascii = false
                } else if length < IndexTerms.maxTokenBytes {
                    folded[length] = byte
                    length += 1
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                }
                index += 1
            }
            if ascii {
                keepFolded(length: length, hash: hash)
            } else {
                let run = UnsafeRawBufferPointer(start: base + start, count: index - start)
                let tokenizer = self.tokenizer ?? Unicode61.shared.makeTokenizer()
                self.tokenizer = tokenizer
                withUnsafeMutablePointer(to: &self) { finder in
                    Unicode61.shared.tokenize(run, with: tokenizer, into: finder)
                }
            }
        }
    }

    /// Whether an ASCII byte is a letter or a digit: `unicode61`'s token characters among ASCII
    /// (categories `L*`, `N*`, `Co`), every other ASCII character separating words.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// Adds a token FTS5's tokenizer made, cut as FTS5 cuts it.
    mutating func addToken(_ token: UnsafeRawBufferPointer) {
        let token = UnsafeRawBufferPointer(rebasing: token.prefix(IndexTerms.maxTokenBytes))
        reserveArena(token.count)
        if let base = token.baseAddress {
            (arena + arenaCount).initialize(from: base.assumingMemoryBound(to: UInt8.self), count: token.count)
        }
        keepFolded(length: token.count, hash: TermTable.hash(token))
    }

    /// Makes room for `bytes` more at the end of the term bytes.
    private mutating func reserveArena(_ bytes: Int) {
        guard arenaCapacity - arenaCount < bytes else { return }
        let capacity = Swift.max(arenaCapacity * 2, arenaCount + bytes)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: arena, count: arenaCount)
        arena.deallocate()
        arena = grown
        arenaCapacity = capacity
    }

    /// Keeps the `length` bytes at the end of the term bytes as a term, with their `hash`,
    /// unless the finder has the term already.
    private mutating func keepFolded(length: Int, hash: UInt64) {
        let candidate = arena + arenaCount
        let mask = slotCount - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let term = entry - 1
            if hashes[term] == hash {
                let start = term == 0 ? 0 : Int(ends[term - 1])
                if Int(ends[term]) - start == length && memcmp(arena + start, candidate, length) == 0 { return }
            }
            slot = (slot + 1) & mask
        }
        if count == termCapacity { growTerms() }
        arenaCount += length
        ends[count] = Int32(arenaCount)
        hashes[count] = hash
        count += 1
        slots[slot] = Int32(count)
        if count * 2 > slotCount { growSlots() }
    }

    private mutating func growTerms() {
        let capacity = termCapacity * 2
        let grownEnds = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        grownEnds.initialize(from: ends, count: count)
        ends.deallocate()
        ends = grownEnds
        let grownHashes = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        grownHashes.initialize(from: hashes, count: count)
        hashes.deallocate()
        hashes = grownHashes
        termCapacity = capacity
    }

    /// Doubles the slots and places every term again.
    private mutating func growSlots() {
        slots.deallocate()
        slotCount *= 2
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        let mask = slotCount - 1
        for term in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[term]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(term + 1)
        }
    }
}
