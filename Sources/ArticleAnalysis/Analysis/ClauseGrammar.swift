/// The grammar the attribution rules and the name index share, read off the token stream with
/// the lexicons only (no tagger): noun phrases and names before and after a token, sentence and
/// clause edges, brackets and dashes, verb forms, and the quotations that hold a token.
struct ClauseGrammar {
    let text: TokenText
    /// The token ranges of quotations, in text order.
    let quotations: [ClosedRange<Int>]
    /// The months and days of the week of the text's language, looked up once.
    private let calendar: WordKeySet

    init(text: TokenText, quotations: [ClosedRange<Int>]) {
        self.text = text
        self.quotations = quotations
        calendar = WordGroup.calendar.keys(in: text.language)
    }

    /// `WordHash` of "of", read once.
    static let ofKey = WordHash.of("of")
    /// The words of groups the checks read, looked up once.
    static let pluralQuantityKeys = WordGroup.pluralQuantity.keys
    static let genitiveKeys = WordGroup.genitiveArticle.keys
    static let boundaryPrepositionKeys = WordGroup.boundaryPreposition.keys
    /// The longest source, in tokens.
    static let maximumSourceTokens = 12
    /// The most adverbs and auxiliaries between an inverted cue and the comma or quote before
    /// it ("…,” also said Doe").
    static let wordsBeforeInvertedCue = 2
    /// The most tokens inside a bracket read as part of a name ("(D-Ore.)").
    static let bracketTokens = 8
    /// The most words a sentence subject found by `subjectOfSentence` may have.
    static let subjectWords = 4

    /// Whether the cue at `index` is a noun: right after an article ("her claims", "follows a
    /// warning"; French "a" is also an auxiliary, "a déclaré", after which only an -ing form
    /// is), or a plural right after a number.
    func isNoun(_ index: Int) -> Bool {
        if text.isWord(index - 1, .article) { return !text.isWord(index - 1, .auxiliary) || isParticiple(index) }
        // A plural after a number: "received four calls", "12 reports".
        return endsInS(index) && index > 0
            && (text.isNumber(index - 1) || Self.pluralQuantityKeys.contains(text.tokens[index - 1].key))
    }

    /// Whether the word at `index` opens its sentence and is a plural ("Messages found on the
    /// phone were used"): a common noun, capitalized only for coming first.
    func isSentenceInitialPlural(_ index: Int) -> Bool {
        (index == 0 || opensSentence(after: index - 1)) && endsInS(index) && !text.hasSuffix(index, "ss")
    }

    /// Whether the capitalized word at `index` is written in lower case somewhere in the text: a
    /// common noun that opens a sentence, not a name.
    func isWrittenInLowerCase(_ index: Int) -> Bool {
        text.lowerCaseWords.contains(text.tokens[index].key, in: text.tokens)
    }

    /// Whether the word at `index` is a preposition, also one the lexicon keeps as a boundary.
    func isPreposition(_ index: Int) -> Bool {
        text.isWord(index, .preposition)
            || (index >= 0 && index < text.tokens.count
                && Self.boundaryPrepositionKeys.contains(text.tokens[index].key))
    }

    /// The quotation that holds token `index`, if one does.
    func quotation(containing index: Int) -> ClosedRange<Int>? {
        var low = 0
        var high = quotations.count
        while low < high {
            let middle = (low + high) / 2
            if quotations[middle].upperBound < index { low = middle + 1 } else { high = middle }
        }
        return low < quotations.count && quotations[low].lowerBound <= index ? quotations[low] : nil
    }

    /// Whether token `index` is the comma inside a number ("48,000"): a comma with digits right
    /// on both sides.
    func isThousandsComma(_ index: Int) -> Bool {
        guard index > 0, index + 1 < text.tokens.count, text.tokens[index].isPunctuation(",") else { return false }
        let comma = text.tokens[index]
        return text.isNumber(index - 1) && text.isNumber(index + 1) && text.tokens[index - 1].end == comma.start
            && text.tokens[index + 1].start == comma.end
    }

    /// Whether the word at `index` is a lower-case content word that looks like a finite verb:
    /// -ed, -s or an irregular past.
    func isFiniteVerb(_ index: Int) -> Bool {
        text.isContentWord(index) && !text.tokens[index].isCapitalized
            && (endsInS(index) || isPastParticiple(index) || text.isWord(index, .irregularPast))
    }

    /// Whether the word at `index` ends in -s: a plural ("polls") or a third-person verb ("says").
    func endsInS(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.kind == .word && token.end - token.start > 2 && text.hasSuffix(index, "s")
    }

    /// Whether the cue at `index` follows a comma, a quote, a colon or a sentence start, where
    /// the source may come after it ("…,” said Doe").
    func opensClause(before index: Int) -> Bool {
        var before = index - 1
        while before >= 0, index - before <= Self.wordsBeforeInvertedCue,
            text.isWord(before, .skippable) || text.isWord(before, .auxiliary)
        {
            before -= 1
        }
        // "», — сказал он", "” – powiedział": a dash after the quote's comma.
        if isDash(before), before > 0,
            text.tokens[before - 1].isPunctuation(",") || text.tokens[before - 1].kind == .quoteMark
        {
            before -= 1
        }
        guard before >= 0 else { return true }
        let previous = text.tokens[before]
        return previous.kind == .quoteMark || previous.kind == .lineBreak || previous.isPunctuation(",")
            || previous.isPunctuation("'") || previous.isPunctuation("\u{2019}") || text.endsSentence(before)
    }

    /// Whether an inverted source ending at `index` ends its clause ("said Doe." / "said Doe,
    /// a professor" / "said Doe in a statement"), so that it is no subject of what follows.
    func endsClause(after index: Int) -> Bool {
        let next = index + 1
        guard next < text.tokens.count else { return true }
        let token = text.tokens[next]
        // A German verb's separated prefix closes the clause ("…, fügte er hinzu.").
        if token.kind == .word, Self.separatedPrefixKeys.contains(token.key) {
            return next + 1 >= text.tokens.count || text.tokens[next + 1].kind != .word
        }
        return token.kind != .word || text.isWord(next, .preposition)
            || (text.isWord(next, .skippable) && !text.isWord(next, .boundary))
    }

    /// Whether token `index` is a month or a day of the week of the text's language.
    func isDate(_ index: Int) -> Bool {
        guard index >= 0, index < text.tokens.count, text.tokens[index].kind == .word else { return false }
        return calendar.contains(text.tokens[index].key)
    }

    /// `WordHash` of the prefixes a German verb leaves at the end of its clause ("hinzu", "mit").
    static let separatedPrefixKeys = WordGroup.separatedPrefix.keys

    /// Whether the word at `index` is an -ing form ("saying", "adding"), which never takes its
    /// source after it.
    func isParticiple(_ index: Int) -> Bool {
        guard index >= 0, index < text.tokens.count else { return false }
        let token = text.tokens[index]
        return token.end - token.start > 4 && text.hasSuffix(index, "ing")
    }

    /// Whether the word at `index` is a participle that opens a clause before its sentence's
    /// subject, outside English: capitalized, ending in one of the language's
    /// `participleEndings`, a preposition after it ("Preguntado por …, Ochoa", "Interrogé sur
    /// …, le maire", "Interpellato su …").
    func opensParticipleClause(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word, token.isCapitalized, token.end - token.start > 4,
            text.isWord(index + 1, .preposition)
        else { return false }
        return hasEnding(index, from: text.language.reading { $0.participleEndings })
    }

    /// Whether the word at `index` is a lower-case gerund of the text's language, one of its
    /// `gerundEndings` ("ridendo", "sonriendo", "sorrindo").
    func isGerund(_ index: Int) -> Bool {
        guard index >= 0, index < text.tokens.count else { return false }
        let token = text.tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.end - token.start > 5 else { return false }
        return hasEnding(index, from: text.language.reading { $0.gerundEndings })
    }

    /// Whether the word at `index`, in lower case, ends in one of `endings` (space-separated:
    /// a language's participle or gerund endings); `false` when there are none.
    private func hasEnding(_ index: Int, from endings: String) -> Bool {
        guard !endings.isEmpty else { return false }
        let word = text.text(index, index).lowercased()
        return endings.split(separator: " ").contains { word.hasSuffix($0) }
    }

    /// Whether the word at `index` is a lower-case -ing or -ed form ("relying on …").
    func isVerbForm(_ index: Int) -> Bool {
        index >= 0 && text.tokens[index].kind == .word && !text.tokens[index].isCapitalized
            && (isParticiple(index) || isPastParticiple(index))
    }

    /// Whether the word at `index` is a past-tense verb: -ed or a common irregular past.
    func isPastVerb(_ index: Int) -> Bool {
        index >= 0 && (isPastParticiple(index) || text.isWord(index, .irregularPast))
    }

    /// Whether token `index` is the dot of an abbreviation ("Sen.", "Jr.") or an initial ("R."),
    /// which belongs to a name.
    func isNameDot(_ index: Int) -> Bool {
        guard index > 0, text.tokens[index].isPunctuation(".") else { return false }
        let previous = text.tokens[index - 1]
        return text.isWord(index - 1, .abbreviation)
            || (previous.kind == .word && previous.isCapitalized && previous.end - previous.start == 1)
    }

    /// Whether token `index` is a dash: -, –, — or ―.
    func isDash(_ index: Int) -> Bool {
        index >= 0 && text.tokens[index].isDash
    }

    /// The dash that opens an aside closed by the dash at `close` ("Doe — a teacher from
    /// Salem — says"; "--" counts as one dash), in the same sentence.
    func openingDash(before close: Int) -> Int? {
        guard isDash(close) else { return nil }
        var index = isDash(close - 1) ? close - 2 : close - 1
        while index > 0, close - index <= Self.maximumSourceTokens * 2 {
            if text.endsSentence(index) || text.tokens[index].kind == .quoteMark { return nil }
            if isDash(index) { return isDash(index - 1) ? index - 1 : index }
            index -= 1
        }
        return nil
    }

    /// The `(` that opens the bracket closed at `close`, a few tokens back on the same line.
    func openingBracket(before close: Int) -> Int? {
        var index = close - 1
        while index >= 0, close - index <= Self.bracketTokens {
            let token = text.tokens[index]
            if token.isPunctuation("(") { return index }
            if token.kind == .lineBreak || token.kind == .quoteMark { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the word at `index` ends in -ed ("Asked about it, Doe said").
    func isPastParticiple(_ index: Int) -> Bool {
        guard index >= 0, index < text.tokens.count else { return false }
        let token = text.tokens[index]
        return token.kind == .word && token.end - token.start > 3 && text.hasSuffix(index, "ed")
    }

    /// Whether a sentence starts after token `index`: a sentence end, or a quote mark, double
    /// (”) or in apostrophes ('').
    func opensSentence(after index: Int) -> Bool {
        let token = text.tokens[index]
        return text.endsSentence(index) || token.kind == .quoteMark
            || (index > 0 && token.isPunctuation("'") && text.tokens[index - 1].isPunctuation("'"))
    }

    /// The `)` that closes the bracket opened at `open`, a few tokens on, on the same line.
    func closingBracket(after open: Int) -> Int? {
        var index = open + 1
        while index < text.tokens.count, index - open <= Self.bracketTokens {
            let token = text.tokens[index]
            if token.isPunctuation(")") { return index }
            if token.kind == .lineBreak || token.kind == .quoteMark { return nil }
            index += 1
        }
        return nil
    }

    /// The noun phrase ending at token `head`, or `nil` when `head` cannot end one.
    func phraseBefore(_ head: Int) -> ClosedRange<Int>? {
        guard head >= 0, text.tokens[head].kind == .word, !text.isPossessive(head) else { return nil }
        // A share of a group named before ("most of them", "all of whom", "10 percent of them"),
        // or people described by whom they are close to ("those close to him").
        if text.isWord(head, .objectPronoun), head >= 2, text.isWord(head - 1, .preposition),
            let share = phraseBefore(head - 2)
        {
            return share.lowerBound...head
        }
        let isQuantity = text.isNumber(head) || (text.isWord(head, .determiner) && !text.isWord(head, .article))
        if isQuantity {
            // A share of people ("six in 10 say", "one in five said") or a quantity ("many say",
            // "others said") is a source; a bare figure ("2001") is not.
            if head >= 2, text.isWord(head - 1, .preposition), text.tokens[head - 2].kind == .word {
                return (head - 2)...head
            }
            // After a noun or "be" a bare quantifier modifies what follows ("the candidates most
            // identified with", "are most inclined"): no source.
            let before = head - 1
            let modifies =
                (text.isContentWord(before) && !text.isWord(before, .skippable) && !text.isWord(before, .conjunction))
                || text.isNameWord(before) || text.isWord(before, .be)
            return text.isNumber(head) || modifies ? nil : head...head
        }
        if text.isWord(head, .pronoun) || text.isWord(head, .relative) { return head...head }
        if text.isNameWord(head) { return nameBefore(head) }
        // An -ing word heads a noun phrase only after a determiner or a possessive ("the
        // meeting", "Doe’s polling") or when it names a document ("exit polling"); otherwise
        // it is a verb ("kept insisting").
        let isGerund =
            isParticiple(head)
            && (text.isWord(head - 1, .determiner) || text.isPossessive(head - 1) || text.isWord(head, .document))
        // An -ed word heads one only after a quantifier: the people polled ("those surveyed").
        let isPolled =
            isPastParticiple(head) && text.isWord(head - 1, .determiner) && !text.isWord(head - 1, .article)
        // A plural cue after an article or a noun is a noun itself ("the reports show", "news
        // reports say").
        let isPluralCue =
            text.tokens[head].info.cue != nil && endsInS(head)
            && (text.isWord(head - 1, .article) || text.isContentWord(head - 1))
        guard text.isContentWord(head) || isPluralCue, !isParticiple(head) || isGerund,
            !isPastParticiple(head) || isPolled
        else {
            return nil
        }
        var start = head
        var index = head - 1
        while index >= 0, head - index < Self.maximumSourceTokens {
            let token = text.tokens[index]
            if isNameDot(index) || isThousandsComma(index) {
                index -= 1
                continue
            }
            guard token.kind == .word else { break }
            if text.isWord(index, .determiner) {
                start = index
                if text.isWord(index - 1, .preposition), text.isContentWord(index - 2) {
                    index -= 1
                    continue
                }
                break
            }
            if text.isWord(index, .preposition) {
                guard text.isContentWord(index - 1) || text.isNameWord(index - 1) else { break }
                index -= 1
                continue
            }
            // An attitude word before a noun is its adjective ("optimistic tax forecasts").
            let isAdjective = token.info.cue == .attitude && !text.isWord(index - 1, .be)
            guard text.isContentWord(index) || text.isNameWord(index) || isAdjective else { break }
            start = index
            index -= 1
        }
        return start...head
    }

    /// The proper name ending at `head`: capitalized words, titles with their dots, and "of" or
    /// "and" between capitalized words ("Secretary of State John Kerry", "the Pentagon").
    func nameBefore(_ head: Int) -> ClosedRange<Int> {
        var start = head
        var index = head - 1
        while index >= 0, head - index < Self.maximumSourceTokens {
            let token = text.tokens[index]
            if isNameDot(index) {
                index -= 1
                continue
            }
            if text.isNameWord(index) {
                start = index
                index -= 1
                continue
            }
            if token.kind == .word, !token.isCapitalized,
                text.isWord(index, .preposition) || text.isWord(index, .and), text.isNameWord(index - 1)
            {
                index -= 1
                continue
            }
            // "Ida Lund of the Harbour Trust", "Jonas Weber von der Universität Kellstedt".
            if text.isWord(index, .article), index >= 2, !text.tokens[index - 1].isCapitalized,
                text.isWord(index - 1, .preposition), text.isNameWord(index - 2)
            {
                index -= 2
                continue
            }
            if text.isWord(index, .determiner), !text.isWord(index, .pronoun) {
                start = index
            }
            break
        }
        return start...head
    }

    /// The noun phrase starting at token `first`; `inverted` (a source after its verb) accepts
    /// only names, personal pronouns and phrases that open with a determiner or a noun.
    func phraseAfter(_ first: Int, inverted: Bool = false) -> ClosedRange<Int>? {
        let tokens = text.tokens
        guard first < tokens.count, tokens[first].kind == .word, !text.isWord(first, .skippable) else { return nil }
        if text.isWord(first, .pronoun) {
            return !inverted || text.isWord(first, .personPronoun) ? first...first : nil
        }
        if text.isNameWord(first) || text.isWord(first, .title) {
            let name = nameAfter(first)
            // A possessive name opens a longer phrase: "Arden Rail’s lawyers", "Salem’s mayor".
            guard text.isPossessive(name.upperBound) else { return name }
            var next = name.upperBound + 1
            if next < tokens.count, tokens[next].kind == .punctuation { next += 1 }
            guard next < tokens.count, !tokens[next].isCapitalized, text.isContentWord(next),
                let rest = phraseAfter(next)
            else { return name }
            return first...rest.upperBound
        }
        guard text.isWord(first, .determiner) || text.isContentWord(first) else { return nil }
        var end = first
        var index = first + 1
        var afterGenitive = false
        while index < tokens.count, index - first < Self.maximumSourceTokens {
            let token = tokens[index]
            if isNameDot(index) || isThousandsComma(index) {
                index += 1
                continue
            }
            guard token.kind == .word, text.tokens[index].info.cue == nil else { break }
            if text.isWord(index, .preposition) {
                // A date ends the phrase: "der Verband am Montag", "el ministerio el martes".
                guard
                    text.isContentWord(index + 1) || text.isNameWord(index + 1) || text.isWord(index + 1, .determiner),
                    !isDate(index + 1)
                else { break }
                index += 1
                continue
            }
            if text.isWord(index, .determiner) {
                // A German genitive goes on after its noun: "aus dem Umfeld der Verhandlungen".
                let isGenitive =
                    Self.genitiveKeys.contains(token.key) && text.tokens[index - 1].isCapitalized
                    && index + 1 < tokens.count && tokens[index + 1].isCapitalized
                guard text.isWord(index - 1, .preposition) || isGenitive else { break }
                afterGenitive = afterGenitive || isGenitive
            } else if !(text.isContentWord(index) || text.isNameWord(index)) {
                break
            } else if !token.isCapitalized,
                afterGenitive || (text.language == .german && tokens[index - 1].isCapitalized)
            {
                // German nouns are capitalized: a lower-case word after a genitive, or right after
                // a noun, is the verb ("nach Angaben der Kammer hängen …").
                break
            }
            end = index
            index += 1
        }
        // The apostrophe test builds a string: it comes last.
        if inverted, !text.isWord(first, .determiner),
            !(first...end).contains(where: { text.tokens[$0].isCapitalized }), !text.hasElidedArticle(first)
        {
            return nil
        }
        return first...end
    }

    /// The proper name starting at `first`, titles, roles and "of"/"and" between capitals
    /// included.
    func nameAfter(_ first: Int) -> ClosedRange<Int> {
        var end = first
        var index = first + 1
        while index < text.tokens.count, index - first < Self.maximumSourceTokens {
            let token = text.tokens[index]
            if isNameDot(index) {
                index += 1
                continue
            }
            if text.isNameWord(index) {
                end = index
                index += 1
                continue
            }
            // "of" or "and" between names, or a role before one: "Regional governor Ida Lund".
            if token.kind == .word, !token.isCapitalized,
                text.isWord(index, .preposition) || text.isWord(index, .and) || RoleWords.isRole(index, in: text),
                text.isNameWord(index + 1)
            {
                index += 1
                continue
            }
            break
        }
        return first...end
    }
}
