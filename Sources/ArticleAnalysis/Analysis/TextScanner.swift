/// Splits text into `Token`s in one pass over its Unicode scalars.
///
/// Apostrophes, hyphens and dots between letters or digits stay inside the word ("don’t",
/// "well-known", "U.S", "3.5"), so they are never mistaken for quote marks or sentence ends.
enum TextScanner {
    /// The tokens of `scalars`, in text order.
    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5 + 8)
        let count = scalars.count
        var index = 0
        while index < count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                let start = index
                var hash = WordHash()
                hash.add(scalar)
                index += 1
                while index < count {
                    let next = scalars[index]
                    if isWordScalar(next) {
                        hash.add(next)
                        index += 1
                    } else if isWordJoiner(next), index + 1 < count, isWordScalar(scalars[index + 1]) {
                        hash.add(next)
                        index += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    Token(
                        start: start, end: index, kind: .word, isCapitalized: isUppercase(scalar),
                        key: hash.value))
                continue
            }
            if isLineBreak(scalar) {
                if let last = tokens.last, last.kind == .lineBreak {
                    tokens[tokens.count - 1].end = index + 1
                } else {
                    tokens.append(Token(start: index, end: index + 1, kind: .lineBreak, isCapitalized: false, key: 0))
                }
            } else if !isSpace(scalar) {
                let kind: Token.Kind = QuoteMark(scalar) == nil ? .punctuation : .quoteMark
                tokens.append(
                    Token(start: index, end: index + 1, kind: kind, isCapitalized: false, key: UInt64(scalar.value)))
            }
            index += 1
        }
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
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
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }
}
