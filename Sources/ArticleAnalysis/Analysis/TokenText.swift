/// The tokens of one text with what the lexicon knows about each, and the sentence ends:
/// the shared input of the attribution finder and the speaker resolver.
struct TokenText {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// `Lexicon` information per token (empty for non-words).
    let infos: [WordInfo]
    /// Whether each token ends a sentence (abbreviation dots and initials do not).
    let endsSentence: [Bool]

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let tokens = TextScanner.tokens(of: scalars)
        self.tokens = tokens
        let lexicon = Lexicon.shared
        var infos: [WordInfo] = []
        infos.reserveCapacity(tokens.count)
        var ends: [Bool] = []
        ends.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            let info = token.kind == .word ? lexicon.info(token.key) : WordInfo(classes: [], cue: nil)
            infos.append(info)
            var end = token.isSentenceEnd
            if end, token.isPunctuation("."), index > 0 {
                let previous = tokens[index - 1]
                let isInitial = previous.kind == .word && previous.isCapitalized && previous.end - previous.start == 1
                if infos[index - 1].classes.contains(.abbreviation) || isInitial {
                    end = false
                } else if index + 1 < tokens.count, tokens[index + 1].kind == .word,
                    scalars[tokens[index + 1].start].properties.isLowercase
                {
                    end = false
                }
            }
            ends.append(end)
        }
        self.infos = infos
        self.endsSentence = ends
    }

    /// The text of tokens `first...last`, exactly as written.
    func text(_ first: Int, _ last: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[tokens[first].start..<tokens[last].end])
        return String(view)
    }

    /// The span of tokens `first...last`.
    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(start: tokens[first].start, end: tokens[last].end, text: text(first, last))
    }

    /// Whether token `index` is a word of class `wordClass`.
    func isWord(_ index: Int, _ wordClass: WordClass) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && infos[index].classes.contains(wordClass)
    }

    /// Whether token `index` is a capitalized word that is no function word ("But", "In").
    func isNameWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized else {
            return false
        }
        let classes = infos[index].classes
        if !classes.isDisjoint(with: [.boundary, .preposition, .skippable, .pronoun, .relative, .determiner, .and]) {
            return classes.contains(.title)
        }
        return infos[index].cue == nil
    }

    /// Whether token `index` is a word that may be part of a noun phrase: no function word, no cue.
    func isContentWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let info = infos[index]
        if info.cue != nil { return false }
        return info.classes.isDisjoint(with: [.boundary, .pronoun, .relative, .and, .preposition, .determiner])
    }

    /// Whether token `index` is a word of digits only ("2001", "58").
    func isNumber(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return scalars[tokens[index].start..<tokens[index].end].allSatisfy { $0.properties.numericType != nil || $0 == "," || $0 == "." }
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
