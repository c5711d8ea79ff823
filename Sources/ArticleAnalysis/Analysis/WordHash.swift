/// A 64-bit hash of a word's lower-case UTF-8, eight bytes at a time.
///
/// The scanner hashes words while it reads them and the lexicons hash their entries the same
/// way, so a look-up compares integers. The hash is defined on the word's canonical bytes —
/// ASCII letters in lower case, `’` as `'`, Latin-1, Latin Extended-A and Cyrillic capitals as
/// small letters — taken as little-endian 8-byte groups (the last one zero-padded), each mixed
/// into the state, then the length. That lets a word of plain ASCII be hashed from two 8-byte
/// loads (`ofASCII`) and any other word byte by byte (`add`), with the same result.
struct WordHash {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    /// Canonical bytes not yet mixed in, the first in the lowest byte.
    private var group: UInt64 = 0
    private var groupBits: UInt64 = 0
    private var length: UInt64 = 0

    /// Adds one scalar of the word.
    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
        var code = scalar.value
        if code < 0x80 {
            if code &- 0x41 < 26 { code |= 0x20 }
            addCanonicalByte(UInt8(truncatingIfNeeded: code))
            return
        }
        if code == 0x2019 {
            addCanonicalByte(0x27)
            return
        }
        code = Self.lowercased(code)
        for byte in UTF8.encode(Unicode.Scalar(code)!)! { addCanonicalByte(byte) }
    }

    /// The lower-case form of a capital of Latin-1, Latin Extended-A (Polish Ł, Ś, Ż) or
    /// Cyrillic; any other scalar as it is.
    @inline(__always)
    static func lowercased(_ code: UInt32) -> UInt32 {
        switch code {
        case 0xC0...0xDE where code != 0xD7: return code + 0x20
        case 0x100...0x137, 0x14A...0x177: return code | 1
        case 0x139...0x148, 0x179...0x17E: return code & 1 == 1 ? code + 1 : code
        case 0x410...0x42F: return code + 0x20
        case 0x400...0x40F: return code + 0x50
        default: return code
        }
    }

    /// Adds one byte that is already canonical: an ASCII byte in lower case (or no letter), or a
    /// byte of a scalar `add` would keep as it is.
    @inline(__always)
    mutating func addCanonicalByte(_ byte: UInt8) {
        group |= UInt64(byte) &<< groupBits
        groupBits &+= 8
        length &+= 1
        if groupBits == 64 {
            state = Self.mix(state, group)
            group = 0
            groupBits = 0
        }
    }

    /// The hash of the bytes added so far.
    var value: UInt64 {
        Self.finish(groupBits > 0 ? Self.mix(state, group) : state, length: length)
    }

    /// The hash of a word of `length` (1 to 16) canonical bytes, given as two little-endian
    /// groups whose bytes past the word are zero: the same as adding the bytes one by one.
    @inline(__always)
    static func ofASCII(_ first: UInt64, _ second: UInt64, length: Int) -> UInt64 {
        let one = mix(WordHash().state, first)
        let two = mix(one, second)
        return finish(length > 8 ? two : one, length: UInt64(truncatingIfNeeded: length))
    }

    @inline(__always)
    private static func mix(_ state: UInt64, _ group: UInt64) -> UInt64 {
        let mixed = (state ^ group) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed &>> 29)
    }

    @inline(__always)
    private static func finish(_ state: UInt64, length: UInt64) -> UInt64 {
        let mixed = (state ^ length) &* 0xBF58_476D_1CE4_E5B9
        return mixed ^ (mixed &>> 32)
    }

    /// The hash of a whole word (lexicon entries; a multi-word phrase hashes its words apart).
    static func of(_ word: String) -> UInt64 {
        var hash = WordHash()
        for scalar in word.unicodeScalars { hash.add(scalar) }
        return hash.value
    }
}
