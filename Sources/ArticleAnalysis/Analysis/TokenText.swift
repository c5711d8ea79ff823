/// The scalars and tokens of one text, with the word tests the finders share:
/// the shared input of the attribution finder and the speaker resolver.
struct TokenText {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Whether two apostrophes in a row (`''`) appear anywhere.
    let hasDoubledApostrophes: Bool

    init(text: String) {
        let scan = TextScanner.scan(text)
        scalars = scan.scalars
        tokens = scan.tokens
        hasDoubledApostrophes = scan.doubledApostrophes
    }

    /// Whether token `index` ends a sentence: `.`, `!`, `?`, `…` or a line break, but not the
    /// dot of an abbreviation or an initial, nor one followed by a lower-case word, a comma, a
    /// semicolon or a closing bracket ("Sen. Doe, D-Ore., said", "(R-Ind.)").
    func endsSentence(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isSentenceEnd else { return false }
        guard token.isPunctuation("."), index > 0 else { return true }
        let previous = tokens[index - 1]
        if previous.info.classes.contains(.abbreviation) { return false }
        if previous.kind == .word, previous.isCapitalized, previous.end - previous.start == 1 { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.kind == .word, !next.isCapitalized, TextScanner.isLowercase(scalars[next.start]) { return false }
        return !(next.isPunctuation(",") || next.isPunctuation(";") || next.isPunctuation(")"))
    }

    /// The text of tokens `first...last`, exactly as written.
    func text(_ first: Int, _ last: Int) -> String {
        Self.string(of: scalars[tokens[first].start..<tokens[last].end])
    }

    /// A string of `scalars`, encoded straight to UTF-8 (no generic scalar-view append).
    static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        // The exact UTF-8 length first: a string of up to 15 bytes then lives inline, unallocated.
        var length = 0
        for scalar in scalars {
            let value = scalar.value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[written] = UInt8(truncatingIfNeeded: value)
                    written += 1
                } else {
                    for byte in UTF8.encode(scalar)! {
                        buffer[written] = byte
                        written += 1
                    }
                }
            }
            return written
        }
    }

    /// The span of tokens `first...last`.
    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(start: tokens[first].start, end: tokens[last].end, text: text(first, last))
    }

    /// Whether token `index` is a word of class `wordClass`.
    func isWord(_ index: Int, _ wordClass: WordClass) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word
            && tokens[index].info.classes.contains(wordClass)
    }

    /// Whether token `index` is a capitalized word that is no function word ("But", "In").
    func isNameWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized else {
            return false
        }
        let classes = tokens[index].info.classes
        if !classes.isDisjoint(with: [.boundary, .preposition, .skippable, .pronoun, .relative, .determiner, .and]) {
            return classes.contains(.title)
        }
        return tokens[index].info.cue == nil
    }

    /// Whether token `index` is a word that may be part of a noun phrase: no function word, no cue.
    func isContentWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let info = tokens[index].info
        if info.cue != nil { return false }
        return info.classes.isDisjoint(with: [.boundary, .pronoun, .relative, .and, .preposition, .determiner])
    }

    /// Whether token `index` is a word of digits only ("2001", "58").
    func isNumber(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        for position in tokens[index].start..<tokens[index].end {
            let value = scalars[position].value
            if !(value >= 0x30 && value <= 0x39) && value != 0x2C && value != 0x2E { return false }
        }
        return true
    }

    /// Whether token `index` is a negated auxiliary ("didn’t", "won't").
    func isNegation(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let token = tokens[index]
        guard token.end - token.start > 3 else { return false }
        let apostrophe = scalars[token.end - 2]
        return scalars[token.end - 1] == "t" && (apostrophe == "'" || apostrophe == "\u{2019}")
            && scalars[token.end - 3] == "n"
    }

    /// Whether token `index` is a possessive ("Trump’s", "Jones’"), which cannot head a source.
    func isPossessive(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let token = tokens[index]
        if token.end - token.start > 2, scalars[token.end - 1] == "s" {
            let apostrophe = scalars[token.end - 2]
            if apostrophe == "'" || apostrophe == "\u{2019}" { return true }
        }
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.start == token.end && (next.isPunctuation("'") || next.isPunctuation("\u{2019}"))
    }

    /// Whether token `index` is a lower-case adverb in -ly ("widely", "publicly").
    func isAdverb(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized else {
            return false
        }
        let token = tokens[index]
        return token.end - token.start > 4 && scalars[token.end - 1] == "y" && scalars[token.end - 2] == "l"
    }
}
