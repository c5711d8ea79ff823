/// The 64-bit djb2 hash of a word's lower-case form, computed scalar by scalar (a shift and
/// two adds per scalar: the scanner runs it on every letter).
///
/// The scanner hashes words while it reads them and the lexicons hash their entries the same
/// way, so a look-up compares integers. `’` hashes as `'`, so "don’t" and "don't" are one word.
struct WordHash {
    private(set) var value: UInt64 = 5381

    /// Adds one scalar of the word.
    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
        var code = scalar.value
        if code < 0x80 {
            if code &- 0x41 < 26 { code |= 0x20 }
        } else if code == 0x2019 {
            code = 0x27
        } else if code >= 0xC0 && code <= 0xDE && code != 0xD7 {
            code += 0x20
        }
        value = (value &<< 5) &+ value &+ UInt64(code)
    }

    /// Adds one ASCII byte that is already lower case (or no letter).
    @inline(__always)
    mutating func addLowercasedASCII(_ byte: UInt8) {
        value = (value &<< 5) &+ value &+ UInt64(byte)
    }

    /// The hash of a whole word (lexicon entries; a multi-word phrase hashes its words apart).
    static func of(_ word: String) -> UInt64 {
        var hash = WordHash()
        for scalar in word.unicodeScalars { hash.add(scalar) }
        return hash.value
    }
}
