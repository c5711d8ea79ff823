/// Splits a text's UTF-8 into `Token`s in one pass, without decoding what it need not.
///
/// A word of plain ASCII, most words of most texts, is measured and hashed from two 8-byte
/// loads (`ASCIIRun`), with no loop over its letters; other words go byte by byte, decoding
/// only bytes above ASCII. Scalar offsets are byte offsets minus the continuation bytes seen
/// so far. Apostrophes, hyphens and dots between letters or digits stay inside the word
/// ("don’t", "well-known", "U.S", "3.5"), so they are never mistaken for quote marks or
/// sentence ends.
enum TextScanner {
    /// What one scan of a text gives: its tokens, its quote marks and line breaks, how many
    /// words it has, and whether two apostrophes follow each other somewhere (`''`, which only
    /// then needs `QuoteFinder.apostropheQuotes`).
    struct Scan {
        var tokens: [Token]
        var quotesAndBreaks: [QuoteOrBreak]
        var wordCount: Int
        var doubledApostrophes: Bool
        /// The tokens an attribution rule may read (`AttributionRule.mayRead`), in text order.
        var attributionCandidates: [Int32]
    }

    /// How many NUL bytes must follow the text in the buffer `scan` reads: they let it load 16
    /// bytes at any offset in the text, and end every loop over a word's letters.
    static let padding = 16

    /// Splits `bytes` into tokens: valid UTF-8 (as a `String`'s always is) followed by
    /// `padding` NUL bytes that are not part of the text.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
        precondition(bytes.count >= padding && bytes.suffix(padding).allSatisfy { $0 == 0 })
        return asciiWordTable.withUnsafeBufferPointer { table in
            // Prose has a token every five bytes or so; only text made of punctuation has more
            // than a third, and every token has at least one byte.
            let count = bytes.count - padding
            return scan(bytes, count: count, table: table, capacity: count / 3 + 16)
                ?? scan(bytes, count: count, table: table, capacity: count)!
        }
    }

    /// Scans the first `count` bytes into a token array of `capacity`, or gives `nil` when the
    /// text has more tokens.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, count: Int, table: UnsafeBufferPointer<UInt8>, capacity: Int
    ) -> Scan? {
        let lexicon = Lexicon.shared
        var doubledApostrophes = false
        var complete = true
        // Each token adds at most one entry to each list: they are written, without a check of
        // room or of sharing per entry, into buffers as long as the token array, and copied
        // into arrays of their length at the end.
        let quotesAndBreaks = UnsafeMutablePointer<QuoteOrBreak>.allocate(capacity: capacity)
        let candidates = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        defer {
            quotesAndBreaks.deallocate()
            candidates.deallocate()
        }
        var quotesAndBreaksCount = 0
        var candidatesCount = 0
        let inKey = AttributionFinder.inKey
        // Tokens that are no words, counted where they are made (fewer than words).
        var symbols = 0
        let tokens = [Token](unsafeUninitializedCapacity: capacity) { tokens, written in
            var added = 0
            var position = 0
            // The bytes after the first of every multi-byte scalar so far. Offsets grow up to the
            // text's length (at most 64 MB): they cannot overflow, so they add without checks.
            var continuationBytes = 0
            while position < count {
                let byte = bytes[position]
                if byte == 0x20 {
                    // A space, a sixth of any text: no token.
                    position &+= 1
                    continue
                }
                guard added < capacity else {
                    complete = false
                    break
                }
                let byteStart = position
                let start = position &- continuationBytes
                let isCapitalized: Bool
                let lowered = table[Int(byte)]
                if lowered != 0 {
                    isCapitalized = lowered != byte
                    let run = ASCIIRun(bytes, at: position)
                    if run.length < 16, !continuesWord(bytes, at: position &+ run.length, table: table) {
                        position &+= run.length
                        let info = lexicon.info(run.hash)
                        tokens[added] = Token(
                            start: start, end: start &+ run.length, byteStart: byteStart, byteEnd: position,
                            kind: .word, isCapitalized: isCapitalized, key: run.hash, info: info)
                        if AttributionRule.mayReadWord(key: run.hash, info: info, inKey: inKey) {
                            candidates[candidatesCount] = Int32(truncatingIfNeeded: added)
                            candidatesCount &+= 1
                        }
                        added &+= 1
                        // Most words end at a space: it is passed here, without a turn of the loop.
                        if bytes[position] == 0x20 { position &+= 1 }
                        continue
                    }
                } else {
                    let (value, width) = decode(bytes, at: position)
                    let first = scalar(value)
                    guard value >= 0x80, isWordScalar(first) else {
                        position &+= width
                        continuationBytes &+= width &- 1
                        if isLineBreak(first) {
                            if added > 0, tokens[added &- 1].kind == .lineBreak {
                                tokens[added &- 1].extend(toEnd: start &+ 1, byteEnd: position)
                                continue
                            }
                            tokens[added] = Token(
                                start: start, end: start &+ 1, byteStart: byteStart, byteEnd: position,
                                kind: .lineBreak, isCapitalized: false, key: 0)
                            quotesAndBreaks[quotesAndBreaksCount] = Self.quoteOrBreak(added, symbols: symbols)
                            quotesAndBreaksCount &+= 1
                        } else if isSpace(first) {
                            continue
                        } else {
                            if value == 0x27, added > 0, tokens[added &- 1].isPunctuation("'"),
                                tokens[added &- 1].byteEnd == byteStart
                            {
                                doubledApostrophes = true
                            }
                            // Single marks stay punctuation until `QuoteFinder` reads them as quote marks.
                            // The only ASCII quote marks are `"` and `'`: commas and full stops skip the look-up.
                            let mark = value < 0x80 && value != 0x22 && value != 0x27 ? nil : QuoteMark(first)
                            tokens[added] = Token(
                                start: start, end: start &+ 1, byteStart: byteStart, byteEnd: position,
                                kind: mark.map { !$0.isSingle } ?? false ? .quoteMark : .punctuation,
                                isCapitalized: false, key: UInt64(value))
                            if mark != nil {
                                quotesAndBreaks[quotesAndBreaksCount] = Self.quoteOrBreak(added, symbols: symbols)
                                quotesAndBreaksCount &+= 1
                            }
                            if AttributionRule.mayReadMark(UInt64(value), isQuoteMark: mark != nil) {
                                candidates[candidatesCount] = Int32(truncatingIfNeeded: added)
                                candidatesCount &+= 1
                            }
                        }
                        added &+= 1
                        symbols &+= 1
                        continue
                    }
                    isCapitalized = isUppercase(first)
                }
                // Any other word: letter by letter, from its first byte.
                var hash = WordHash()
                while true {
                    // ASCII letters and digits: one table look-up each; the NUL after the text
                    // stops the loop.
                    var lowered = table[Int(bytes[position])]
                    while lowered != 0 {
                        hash.addCanonicalByte(lowered)
                        position &+= 1
                        lowered = table[Int(bytes[position])]
                    }
                    let byte = bytes[position]
                    if byte < 0x80 {
                        // A joiner stays in the word only with a letter or digit after it.
                        guard continuesWord(bytes, at: position, table: table) else { break }
                        hash.addCanonicalByte(byte)
                        position &+= 1
                        continue
                    }
                    let (value, width) = decode(bytes, at: position)
                    let next = scalar(value)
                    if !isWordScalar(next) {
                        guard isWordJoiner(next), startsWord(bytes, at: position &+ width, table: table)
                        else { break }
                    }
                    hash.add(next)
                    position &+= width
                    continuationBytes &+= width &- 1
                }
                let end = position &- continuationBytes
                let key = hash.value
                let info = end &- start <= Lexicon.longestWord ? lexicon.info(key) : WordInfo(classes: [], cue: nil)
                tokens[added] = Token(
                    start: start, end: end, byteStart: byteStart, byteEnd: position, kind: .word,
                    isCapitalized: isCapitalized, key: key, info: info)
                if AttributionRule.mayReadWord(key: key, info: info, inKey: inKey) {
                    candidates[candidatesCount] = Int32(truncatingIfNeeded: added)
                    candidatesCount &+= 1
                }
                added &+= 1
            }
            written = added
        }
        guard complete else { return nil }
        return Scan(
            tokens: tokens,
            quotesAndBreaks: Array(UnsafeBufferPointer(start: quotesAndBreaks, count: quotesAndBreaksCount)),
            wordCount: tokens.count - symbols, doubledApostrophes: doubledApostrophes,
            attributionCandidates: Array(UnsafeBufferPointer(start: candidates, count: candidatesCount)))
    }

    /// The entry of token `index`, a quote mark or line break, after `symbols` tokens that are
    /// no words.
    private static func quoteOrBreak(_ index: Int, symbols: Int) -> QuoteOrBreak {
        QuoteOrBreak(token: Int32(truncatingIfNeeded: index), wordsBefore: Int32(truncatingIfNeeded: index &- symbols))
    }

    /// Whether the word goes on at `position`, just past an ASCII letter or digit, with
    /// something the ASCII fast path does not take: a scalar above ASCII (which may be a letter
    /// or `’`), or an ASCII joiner (`'`, `-`, `.`) with a letter or digit after it.
    @inline(__always)
    private static func continuesWord(
        _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, table: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let byte = bytes[position]
        if byte >= 0x80 { return true }
        guard byte == 0x27 || byte == 0x2D || byte == 0x2E else { return false }
        return startsWord(bytes, at: position &+ 1, table: table)
    }

    /// Whether a letter or digit starts at `position`: a table look-up for ASCII, else a decode.
    @inline(__always)
    private static func startsWord(
        _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, table: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let byte = bytes[position]
        return table[Int(byte)] != 0 || (byte >= 0x80 && isWordScalar(scalar(decode(bytes, at: position).value)))
    }

    /// For each byte: its lower-case form when it is an ASCII letter or digit, else 0.
    static let asciiWordTable: [UInt8] = (0..<256).map { byte in
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
        return isLetterOrNumber(scalar)
    }

    // The Unicode property look-ups stay out of line: inlined, their type metadata would be
    // set up on every call of the scanner's hot paths, even those that never reach them.

    @inline(never)
    private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(never)
    private static func hasUppercaseProperty(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    @inline(never)
    private static func hasLowercaseProperty(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

    @inline(never)
    private static func isWhitespaceOrFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return hasUppercaseProperty(scalar)
    }

    /// Whether `scalar` is a lower-case letter.
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value &- 0x61 < 26 }
        return hasLowercaseProperty(scalar)
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
        return isWhitespaceOrFormat(scalar)
    }
}
