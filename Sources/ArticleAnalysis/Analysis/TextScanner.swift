/// Decodes text and splits it into `Token`s in one pass over its UTF-8.
///
/// Apostrophes, hyphens and dots between letters or digits stay inside the word ("don’t",
/// "well-known", "U.S", "3.5"), so they are never mistaken for quote marks or sentence ends.
enum TextScanner {
    /// What one scan of a text gives: its Unicode scalars, its tokens, and whether two
    /// apostrophes follow each other somewhere (`''`, which only then needs
    /// `QuoteFinder.apostropheQuotes`).
    struct Scan {
        var scalars: [Unicode.Scalar]
        var tokens: [Token]
        var doubledApostrophes: Bool
    }

    /// Decodes `text` and splits it into tokens in the same pass over its UTF-8.
    static func scan(_ text: String) -> Scan {
        var text = text
        var tokens: [Token] = []
        var doubledApostrophes = false
        let lexicon = Lexicon.shared
        let asciiWordTable = Self.asciiWordTable
        let scalars = text.withUTF8 { bytes in
            tokens.reserveCapacity(bytes.count / 4 + 8)
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, written in
                let count = bytes.count
                var position = 0
                var index = 0
                var previous: UInt32 = 0
                // Offsets grow by one scalar at a time up to the text's length (at most 64 MB):
                // they cannot overflow, so they are added without overflow checks.
                while position < count {
                    if bytes[position] == 0x20 {
                        // A space, a sixth of any text: no token.
                        out[index] = " "
                        previous = 0x20
                        index &+= 1
                        position &+= 1
                        continue
                    }
                    var (value, width) = decode(bytes, at: position)
                    let asciiLowered = value < 0x80 ? asciiWordTable[Int(value)] : 0
                    if asciiLowered != 0 || (value >= 0x80 && isWordScalar(scalar(value))) {
                        let start = index
                        let first = scalar(value)
                        let isCapitalized = asciiLowered != 0 ? asciiLowered != value : isUppercase(first)
                        var hash = WordHash()
                        if asciiLowered != 0 {
                            hash.addLowercasedASCII(asciiLowered)
                        } else {
                            hash.add(first)
                        }
                        out[index] = first
                        index &+= 1
                        position &+= width
                        while position < count {
                            let byte = bytes[position]
                            if byte < 0x80 {
                                // ASCII, most of any text: one table look-up per letter.
                                let lowered = asciiWordTable[Int(byte)]
                                if lowered == 0 {
                                    // A joiner stays in the word only with a letter or digit after it.
                                    guard byte == 0x27 || byte == 0x2D || byte == 0x2E, position + 1 < count,
                                        isWordScalar(scalar(decode(bytes, at: position + 1).value))
                                    else { break }
                                    hash.addLowercasedASCII(byte)
                                } else {
                                    hash.addLowercasedASCII(lowered)
                                }
                                out[index] = Unicode.Scalar(byte)
                                index &+= 1
                                position &+= 1
                                continue
                            }
                            (value, width) = decode(bytes, at: position)
                            if !isWordScalar(scalar(value)) {
                                guard isWordJoiner(scalar(value)), position + width < count,
                                    isWordScalar(scalar(decode(bytes, at: position + width).value))
                                else { break }
                            }
                            let next = scalar(value)
                            hash.add(next)
                            out[index] = next
                            index &+= 1
                            position &+= width
                        }
                        tokens.append(
                            Token(
                                start: start, end: index, kind: .word, isCapitalized: isCapitalized,
                                key: hash.value,
                                info: index &- start <= Lexicon.longestWord
                                    ? lexicon.info(hash.value) : WordInfo(classes: [], cue: nil)))
                        previous = 0
                        continue
                    }
                    let current = scalar(value)
                    out[index] = current
                    if value != 0x20 {
                        if isLineBreak(current) {
                            if let last = tokens.last, last.kind == .lineBreak {
                                tokens[tokens.count - 1].end = index + 1
                            } else {
                                tokens.append(
                                    Token(start: index, end: index + 1, kind: .lineBreak, isCapitalized: false, key: 0))
                            }
                        } else if !isSpace(current) {
                            if value == 0x27, previous == 0x27 { doubledApostrophes = true }
                            let kind: Token.Kind = QuoteMark(current) == nil ? .punctuation : .quoteMark
                            tokens.append(
                                Token(
                                    start: index, end: index + 1, kind: kind, isCapitalized: false,
                                    key: UInt64(value)))
                        }
                    }
                    previous = value
                    index &+= 1
                    position &+= width
                }
                written = index
            }
        }
        return Scan(scalars: scalars, tokens: tokens, doubledApostrophes: doubledApostrophes)
    }

    /// For each ASCII byte: its lower-case form when it is a letter or digit, else 0.
    static let asciiWordTable: [UInt8] = (0..<128).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) | 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte)
        default: 0
        }
    }

    /// The scalar value and byte width of the UTF-8 sequence at `position` (a `String`'s UTF-8
    /// is always valid).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[position])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (
                (lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F), 3
            )
        }
        return (
            (lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12 | UInt32(bytes[position + 2] & 0x3F) << 6
                | UInt32(bytes[position + 3] & 0x3F), 4
        )
    }

    /// The scalar of a decoded value.
    @inline(__always)
    static func scalar(_ value: UInt32) -> Unicode.Scalar {
        if value < 0x80 { return Unicode.Scalar(UInt8(truncatingIfNeeded: value)) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
        if value < 0x250 {
            // Latin-1 symbols and spaces are no letters; Latin-1 and Latin Extended letters are.
            if value < 0xC0 {
                return value == 0xAA || value == 0xB2 || value == 0xB3 || value == 0xB5 || value == 0xB9
                    || value == 0xBA || (value >= 0xBC && value <= 0xBE)
            }
            return value != 0xD7 && value != 0xF7
        }
        // General punctuation: quotes, dashes, spaces.
        if value &- 0x2000 < 0x70 { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Whether `scalar` is a lower-case letter.
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value &- 0x61 < 26 }
        return scalar.properties.isLowercase
    }

    /// Apostrophes, hyphens and dots, which join letters into one word.
    @inline(__always)
    static func isWordJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2D, 0x2E, 0x2010, 0x2011: return true
        default: return false
        }
    }

    @inline(__always)
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Spaces and every other invisible scalar (controls, format characters) the analyser skips.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value <= 0x20 || value == 0x7F { return true }
        if value < 0xA0 { return value >= 0x80 }
        if value == 0xA0 { return true }
        if value < 0x250 { return value == 0xAD }
        if value &- 0x2000 < 0x70 {
            return value <= 0x200F || value == 0x202F || value == 0x205F || value >= 0x2060
                || (value >= 0x2028 && value <= 0x202E)
        }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }
}
