/// Tests eight bytes of text at once in one 64-bit word (SWAR): the byte passes of an
/// import (`Article.wordCount`, `TextDecoder.isBinary`) go through ASCII text a word at a
/// time and look at single bytes only where a word needs it.
///
/// Byte `i` of a word loaded by `load` is bits `8i…8i+7`, the byte at the lower address
/// first; the masks these functions return hold one bit per byte, the byte's high bit.
enum ByteLanes {
    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The value of `lane` in every byte.
    @inline(__always)
    private static func repeated(_ lane: UInt8) -> UInt64 {
        UInt64(lane) &* 0x0101_0101_0101_0101
    }

    /// The eight bytes at `offset` from `base`, as a word; the caller makes sure they exist.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether all eight bytes are ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool {
        word & highBits == 0
    }

    /// The ASCII white-space bytes of an all-ASCII `word` (space, tab, line feed, vertical
    /// tab, form feed, carriage return): exact for each byte, as no sum carries into the
    /// next byte when every byte is below 0x80.
    @inline(__always)
    static func whiteSpace(in word: UInt64) -> UInt64 {
        let spaceless = word ^ repeated(0x20)
        // A byte is 0 exactly when adding 0x7F to its low bits leaves its high bit clear.
        let spaces = ~(((spaceless & lowBits) &+ lowBits) | spaceless) & highBits
        // 0x09…0x0D: at least 0x09 and below 0x0E.
        let fromTab = (word &+ repeated(0x80 - 0x09)) & highBits
        let belowShiftOut = ~(word &+ repeated(0x80 - 0x0E)) & highBits
        return spaces | (fromTab & belowShiftOut)
    }

    /// The number of words that begin in an all-ASCII `word` (a byte that is not white space
    /// after one that is); `inWord` tells whether the byte before it was in a word, and is
    /// left telling it of the last byte.
    @inline(__always)
    static func wordStarts(in word: UInt64, inWord: inout Bool) -> Int {
        let space = whiteSpace(in: word)
        let letters = ~space & highBits
        let spaceBefore = (space << 8) | (inWord ? 0 : 0x80)
        inWord = letters >> 63 != 0
        return (letters & spaceBefore).nonzeroBitCount
    }

    /// Whether any byte of `word` is below 0x20 (a NUL or another control character). Exact
    /// for the word as a whole, though not for which byte.
    @inline(__always)
    static func hasControl(_ word: UInt64) -> Bool {
        (word &- repeated(0x20)) & ~word & highBits != 0
    }
}
