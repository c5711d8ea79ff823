/// Finds the cues of reported speech and their sources: "Doe said", "said Doe", "he noted",
/// "according to 11 sources", "four sources said", "Doe, a professor at X, said",
/// "cited by Reuters".
///
/// The rules it tries are listed, in order, by `AttributionRule`; their methods are in
/// `AttributionFinder+Rules.swift`, the grammar they share (phrases, names, clause edges) here.
/// Works on the token stream with the lexicons only (no tagger): the source of a verb is the
/// noun phrase before it (after adverbs and auxiliaries), or, when the verb follows a comma,
/// a quote or a sentence start, the noun phrase after it.
struct AttributionFinder {
    let text: TokenText
    /// The token ranges of quotations, in text order: cues there belong to the quoted
    /// speaker's own sentences and are not attributions of the article.
    var quotations: [ClosedRange<Int>]
    /// `WordHash` of "in", read once.
    static let inKey = WordHash.of("in")
    /// `WordHash` of "of", read once.
    static let ofKey = WordHash.of("of")
    /// `WordHash` of "that", read once.
    static let thatKey = WordHash.of("that")
    /// `WordHash` of "with", read once.
    static let withKey = WordHash.of("with")
    /// `WordHash` of "named" and "called", which also name things ("a group called X").
    static let namingKeys = [WordHash.of("named"), WordHash.of("called")]
    /// `WordHash` of the numbers and quantities that only go with a plural.
    static let pluralQuantityKeys = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
        "hundreds", "thousands", "millions", "several", "many", "few", "both",
    ].map { WordHash.of($0) }
    /// `WordHash` of the German genitive articles.
    static let genitiveKeys = [WordHash.of("der"), WordHash.of("des")]
    /// `WordHash` of the indefinite articles.
    static let indefiniteKeys = [WordHash.of("a"), WordHash.of("an")]
    /// `WordHash` of prepositions that the lexicon keeps as clause boundaries, after which a
    /// participle still opens a reduced relative clause ("released during the hearings").
    static let boundaryPrepositionKeys = [
        "during", "after", "before", "since", "over", "under", "through", "across", "into",
    ]
    .map { WordHash.of($0) }

    /// The most tokens between a cue and the quotation it introduces ("described as “…”").
    static let quotationReachAfterCue = 3
    /// The longest source, in tokens.
    static let maximumSourceTokens = 12
    /// The farthest, in tokens, a pronoun source may sit from an earlier cue whose content it
    /// is part of ("Doe said Tuesday that he had voted").
    static let nestingReach = 80
    /// The most words between "in" and the document that speaks ("in a new national poll").
    static let documentWords = 6
    /// The most adverbs and auxiliaries between an inverted cue and the comma or quote before
    /// it ("…,” also said Doe").
    static let wordsBeforeInvertedCue = 2
    /// The most adverbs, auxiliaries, brackets and asides skipped back from a cue to its source.
    static let skippedBeforeCue = 6
    /// The most tokens inside a bracket read as part of a name ("(D-Ore.)").
    static let bracketTokens = 8
    /// How far back the start of a sentence is looked for, in tokens.
    static let sentenceStartReach = 40
    /// How far back, in tokens, the name before an apposition is looked for, and across how
    /// many commas.
    static let appositionReach = 30
    static let appositionCommas = 3

    /// Every attribution of the text, in text order of their cues: each token that could be a
    /// cue is given to the rules of `AttributionRule` in their order until one claims it.
    func attributions() -> [FoundAttribution] {
        var scan = AttributionScan()
        let tokens = text.tokens
        // Read once: a static's every use checks that it is initialized.
        let inKey = Self.inKey
        while scan.index < tokens.count {
            defer { scan.index += 1 }
            let token = tokens[scan.index]
            let isCandidate =
                token.kind == .word
                ? token.info.cue != nil || token.key == inKey
                : (token.kind == .punctuation && token.key < 0x2100) || token.kind == .quoteMark
            guard isCandidate else { continue }
            while scan.nextQuotation < quotations.count, quotations[scan.nextQuotation].upperBound < scan.index {
                scan.nextQuotation += 1
            }
            for rule in AttributionRule.allCases where rule.apply(self, &scan) { break }
        }
        return scan.found
    }

    /// Whether a verb of stance is inside a "that" clause and introduces no quotation: the
    /// clause is what someone else reported or did ("said that Doe wants …", "the plan that
    /// Doe released"), not an attribution of its own. One that introduces a quotation is kept
    /// ("an explosion that Doe described as “…”").
    func isClauseAfterThat(source: ClosedRange<Int>, kind: ReportingVerbs.Kind, cue: Int, nextQuotation: Int)
        -> Bool
    {
        guard kind != .speech, source.lowerBound > 0 else { return false }
        let previous = source.lowerBound - 1
        if text.isWord(previous, .helperVerb) { return true }
        guard text.tokens[previous].key == Self.thatKey else { return false }
        return nextQuotation >= quotations.count
            || quotations[nextQuotation].lowerBound > cue + Self.quotationReachAfterCue
    }

    /// Whether the speech verb at `index` has no subject because its language leaves it out:
    /// right after a quotation ("«…», afirmó.", "– To błąd – stwierdził.") or before a colon
    /// that opens one ("Añadió: «…»"). Its speaker is the person spoken of last.
    func dropsSubject(cue index: Int, kind: ReportingVerbs.Kind) -> Bool {
        // English never drops its subject: it is answered before the language's table is read.
        guard kind == .speech, text.language != .english, text.language.words.dropsSubjects, !isParticiple(index)
        else { return false }
        if followsQuote(index) { return true }
        var next = index + 1
        if next < text.tokens.count, text.tokens[next].isPunctuation(":") { next += 1 }
        return next > index + 1 && next < text.tokens.count && text.tokens[next].kind == .quoteMark
    }

    /// `phrase` up to the noun after its last preposition, in a language whose verb may follow
    /// such a phrase with no comma (Dutch, Polish: "Volgens bronnen op het ministerie komt …",
    /// "Według źródeł w ministerstwie tekst trafi …"): a lower-case word after that noun starts
    /// the clause. English, French and German keep the whole phrase.
    func endingAtObject(_ phrase: ClosedRange<Int>) -> ClosedRange<Int> {
        guard Lexicon.hasOwnLexicon(text.language) else { return phrase }
        var afterPreposition = false
        var index = phrase.lowerBound
        while index < phrase.upperBound {
            let next = index + 1
            if text.isWord(index, .preposition) {
                afterPreposition = true
            } else if afterPreposition, text.isContentWord(index), !text.isWord(index, .determiner),
                text.isContentWord(next), !text.isWord(next, .preposition), !text.tokens[next].isCapitalized
            {
                return phrase.lowerBound...index
            }
            index = next
        }
        return phrase
    }

    /// The speaker and verb right after a quotation closed by a comma, `!` or `?` ("…,” Doe
    /// fumed.", "…,” he shot back"): a verb there reports the quote, in the lexicon or not. The
    /// verb must look finite (-ed, -s or an irregular past) and end its clause.
    func quoteTag(after quote: Int) -> (cue: Int, source: ClosedRange<Int>)? {
        guard quote > 0, text.tokens[quote].kind == .quoteMark else { return nil }
        let before = text.tokens[quote - 1]
        guard before.isPunctuation(",") || before.isPunctuation("!") || before.isPunctuation("?") else { return nil }
        let first = quote + 1
        guard first + 1 < text.tokens.count else { return nil }
        // "…,” opined Doe."
        if isFiniteVerb(first), text.isNameWord(first + 1) {
            let source = nameAfter(first + 1)
            return endsClause(after: source.upperBound) ? (first, source) : nil
        }
        let source: ClosedRange<Int>
        if text.isWord(first, .personPronoun) {
            source = first...first
        } else if text.isNameWord(first) {
            source = nameAfter(first)
        } else if text.isWord(first, .article), let phrase = phraseAfter(first) {
            source = phrase
        } else {
            return nil
        }
        let verb = source.upperBound + 1
        guard verb + 1 < text.tokens.count, isFiniteVerb(verb) else { return nil }
        let next = verb + 1
        guard
            text.tokens[next].kind != .word || text.isWord(next, .preposition) || text.isWord(next, .skippable)
                || text.isAdverb(next)
        else { return nil }
        return (verb, source)
    }

    /// Whether the cue at `index` is a noun: right after an article ("her claims", "follows a
    /// warning"; French "a" is also an auxiliary, "a déclaré", after which only an -ing form
    /// is), or a plural right after a number.
    func isNoun(_ index: Int) -> Bool {
        if text.isWord(index - 1, .article) { return !text.isWord(index - 1, .auxiliary) || isParticiple(index) }
        // A plural after a number: "received four calls", "12 reports".
        return endsInS(index) && index > 0
            && (text.isNumber(index - 1) || Self.pluralQuantityKeys.contains(text.tokens[index - 1].key))
    }

    /// Whether the cue at `index` names rather than reports: "named" or "called" after a noun
    /// phrase opened by "a" and before a name or a quote ("an engineer named Ida Lund", "a
    /// group called “Harbour Watch”").
    func isNaming(_ index: Int) -> Bool {
        guard Self.namingKeys.contains(text.tokens[index].key), index + 1 < text.tokens.count,
            text.tokens[index + 1].kind == .quoteMark || text.isNameWord(index + 1)
        else { return false }
        var article = index - 1
        while article > 0, index - article <= Self.maximumSourceTokens, text.isContentWord(article),
            !text.tokens[article].isCapitalized
        {
            article -= 1
        }
        return article < index - 1 && Self.indefiniteKeys.contains(text.tokens[article].key)
    }

    /// Whether the past-tense cue at `index` opens a reduced relative clause after its noun,
    /// whose verb comes later: "Messages found on the phone were used", "Documents released
    /// during the hearings show". The verb must follow a noun, not a pronoun of a new clause; a
    /// capitalized noun must be no name unless that verb is `cue`, the cue being read.
    func isReducedRelative(_ index: Int, cue: Int? = nil) -> Bool {
        guard isPastParticiple(index) || text.isWord(index, .irregularPast), text.isContentWord(index - 1),
            !text.isWord(index - 1, .pronoun), isPreposition(index + 1), !text.isWord(index + 1, .to)
        else { return false }
        var next = index + 2
        while next < text.tokens.count, next - index <= Self.maximumSourceTokens {
            let token = text.tokens[next]
            guard token.kind == .word else { return false }
            let isFinite =
                text.isWord(next, .be)
                || (token.info.cue != nil && !isParticiple(next) && !isPastParticiple(next) && !token.isCapitalized)
            if isFinite {
                // When the finite verb is the cue being read, the clause is certain; else a
                // capitalized noun must be written in lower case elsewhere (that search reads
                // every word, so it comes last).
                return text.isContentWord(next - 1) && !text.isWord(next - 1, .pronoun)
                    && (next == cue || !text.tokens[index - 1].isCapitalized || isWrittenInLowerCase(index - 1)
                        || isSentenceInitialPlural(index - 1))
            }
            if text.isWord(next, .boundary) { return false }
            next += 1
        }
        return false
    }

    /// Whether the word at `index` opens its sentence and is a plural ("Messages found on the
    /// phone were used"): a common noun, capitalized only for coming first.
    func isSentenceInitialPlural(_ index: Int) -> Bool {
        (index == 0 || opensSentence(after: index - 1)) && endsInS(index) && !text.hasSuffix(index, "ss")
    }

    /// Whether the capitalized word at `index` is written in lower case somewhere in the text: a
    /// common noun that opens a sentence, not a name.
    func isWrittenInLowerCase(_ index: Int) -> Bool {
        text.lowerCaseWords.contains(text.tokens[index].key)
    }

    /// Whether the word at `index` is a preposition, also one the lexicon keeps as a boundary.
    func isPreposition(_ index: Int) -> Bool {
        text.isWord(index, .preposition)
            || (index >= 0 && index < text.tokens.count
                && Self.boundaryPrepositionKeys.contains(text.tokens[index].key))
    }

    /// Whether `source` is the source of the attribution before, read again by a cue right
    /// after it ("according to a study of 900 people published on Monday").
    func repeatsSource(_ source: ClosedRange<Int>, of previous: FoundAttribution?) -> Bool {
        guard let previous, previous.kind == .sourceFollows || previous.kind == .sourceNext,
            let earlier = previous.source
        else { return false }
        return earlier.upperBound == source.upperBound && previous.cue.upperBound < source.lowerBound
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

    /// The name after a dash that closes a quotation ("…” — Jane Doe"): an epigraph-style
    /// attribution whose cue is the dash.
    func dashSource(_ index: Int) -> ClosedRange<Int>? {
        guard index > 0, text.tokens[index].isDash else { return nil }
        var previous = index - 1
        if text.tokens[previous].kind == .lineBreak, previous > 0 { previous -= 1 }
        guard text.tokens[previous].kind == .quoteMark,
            text.isNameWord(index + 1)
        else { return nil }
        return nameAfter(index + 1)
    }

    /// The name before a colon that opens a line: a transcript or headline speaker label
    /// ("BRANDT: We will…", "Brandt: Port must close"), also after the quote mark that opens
    /// a paragraph of a quoted transcript ("“BRANDT: We will…"). Single letters (Q:, A:) are
    /// not names.
    func speakerLabel(colon index: Int) -> ClosedRange<Int>? {
        guard index > 0, text.isNameWord(index - 1), !BylineFinder.openerKeys.contains(text.tokens[index - 1].key)
        else { return nil }
        let name = nameBefore(index - 1)
        let first = name.lowerBound
        let lineStart = first > 0 && text.tokens[first - 1].kind == .quoteMark ? first - 1 : first
        guard lineStart == 0 || text.tokens[lineStart - 1].kind == .lineBreak,
            name.count > 1 || text.tokens[first].end - text.tokens[first].start > 1,
            text.isNameWord(first), !isPageLabel(name)
        else { return nil }
        return name
    }

    /// Whether the words of `range` are page furniture ("WATCH:", "EDITOR'S NOTE:",
    /// "Contributing:", "UPDATE:"), which labels a part of the page, not a speaker.
    func isPageLabel(_ range: ClosedRange<Int>) -> Bool {
        range.contains { text.isWord($0, .pageLabel) }
    }

    /// The document in "In a new poll, …" / "in the latest survey": polls, reports and
    /// statements are sources of what they say; the cue is the "in".
    func documentSource(_ index: Int) -> ClosedRange<Int>? {
        guard text.tokens[index].key == Self.inKey, text.tokens[index].kind == .word,
            text.isWord(index + 1, .determiner) || text.isPossessive(index + 1),
            let phrase = phraseAfter(index + 1)
        else { return nil }
        let limit = min(phrase.upperBound, index + Self.documentWords)
        for word in (index + 1)...limit where text.isWord(word, .document) {
            // "in the polls" / "in the surveys" is a standing ("behind in the polls"), no source.
            if word == index + 2, text.isWord(index + 1, .article), endsInS(word) { return nil }
            return (index + 1)...word
        }
        return nil
    }

    /// Whether the word at `index` ends in -s: a plural ("polls") or a third-person verb ("says").
    func endsInS(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.kind == .word && token.end - token.start > 2 && text.hasSuffix(index, "s")
    }

    /// Whether a pronoun source sits inside the reported content of the attribution before it,
    /// in the same sentence ("Doe said Tuesday that he had voted"): such nested attributions
    /// belong to the content, not to the article.
    func isNested(source: ClosedRange<Int>, after previous: FoundAttribution?) -> Bool {
        guard let previous, source.count == 1, text.isWord(source.lowerBound, .pronoun),
            previous.cue.upperBound < source.lowerBound,
            // After a comma, "and", "which" or a conjunction such as "but" the pronoun opens a
            // clause of its own ("…, he said.", "and she accused", "which he described as", "but
            // he said", "because she said").
            !text.tokens[source.lowerBound - 1].isPunctuation(","), !text.isWord(source.lowerBound - 1, .and),
            !text.isWord(source.lowerBound - 1, .relative), !text.isWord(source.lowerBound - 1, .conjunction)
        else { return false }
        // Farther than a sentence reaches, it is no longer the same sentence's content (and a
        // text without full stops must not make every pronoun read back to one old cue).
        guard source.lowerBound - previous.cue.upperBound <= Self.nestingReach else { return false }
        for index in previous.cue.upperBound..<source.lowerBound {
            let token = text.tokens[index]
            if text.endsSentence(index) || token.kind == .quoteMark { return false }
        }
        return true
    }

    /// The source after a speech verb that follows a quote, a comma or a sentence start
    /// ("…,” said Doe" / "…, said Doe, a professor"), when it closes its clause.
    func invertedSource(cue index: Int, kind: ReportingVerbs.Kind) -> ClosedRange<Int>? {
        let afterQuote = followsQuote(index)
        // Right after a quote a lower-case phrase is the source too: "”, said officials", "»,
        // a expliqué l’un d’eux".
        // The noun after "told" is who was told, never the speaker ("…,” he told the BBC").
        guard kind == .speech, !isParticiple(index), !text.isWord(index, .takesListener), opensClause(before: index),
            var source = phraseAfter(index + 1, inverted: true)
                ?? (afterQuote && !text.isAdverb(index + 1) ? phraseAfter(index + 1) : nil)
        else { return nil }
        // A role and the name in apposition: "said the town’s mayor, Ida Lund".
        let comma = source.upperBound + 1
        if RoleWords.isRole(source.upperBound, in: text), comma + 1 < text.tokens.count,
            text.tokens[comma].isPunctuation(","), text.isNameWord(comma + 1)
        {
            source = source.lowerBound...nameAfter(comma + 1).upperBound
        }
        if afterQuote { return source }
        return endsClause(after: source.upperBound) ? source : nil
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

    /// Whether the cue at `index` comes right after a quotation ("…,” said Doe", "… », a dit").
    func followsQuote(_ index: Int) -> Bool {
        var previous = index - 1
        if text.isWord(previous, .auxiliary) { previous -= 1 }
        if isDash(previous) { previous -= 1 }
        if previous >= 0, text.tokens[previous].isPunctuation(",") { previous -= 1 }
        guard previous >= 0 else { return false }
        let token = text.tokens[previous]
        return token.kind == .quoteMark || token.isPunctuation("'") || token.isPunctuation("\u{2019}")
    }

    /// Whether an inverted source ending at `index` ends its clause ("said Doe." / "said Doe,
    /// a professor" / "said Doe in a statement"), so that it is no subject of what follows.
    func endsClause(after index: Int) -> Bool {
        let next = index + 1
        guard next < text.tokens.count else { return true }
        let token = text.tokens[next]
        return token.kind != .word || text.isWord(next, .preposition)
            || (text.isWord(next, .skippable) && !text.isWord(next, .boundary))
    }

    /// Whether the word at `index` is an -ing form ("saying", "adding"), which never takes its
    /// source after it.
    func isParticiple(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.end - token.start > 4 && text.hasSuffix(index, "ing")
    }

    /// The source before the cue at `cue`: the subject, past adverbs, auxiliaries and a
    /// bracketed aside ("Sen. Doe (R-Ky.) said"), or the name before a comma-delimited
    /// apposition ("Doe, a professor at X, said"); for an -ing cue after a comma ("…, saying"),
    /// the subject of the sentence.
    func sourceBefore(cue: Int) -> ClosedRange<Int>? {
        var head = cue - 1
        var skipped = 0
        let participle = isParticiple(cue)
        // After a form of "be" an -ing cue is a finite verb ("the board is seeking"), not a
        // clause of its own ("…, saying") whose source is the subject of the sentence.
        var progressive = false
        while head >= 0, skipped < Self.skippedBeforeCue {
            if text.isWord(head, .skippable) || text.isWord(head, .auxiliary) || text.isAdverb(head)
                || text.isNegation(head) || isFloating(head)
                || (text.isWord(head, .determiner) && text.isWord(head + 1, .time))
                || ((participle || text.tokens[cue].info.cue == .attitude) && text.isWord(head, .be))
            {
                progressive = progressive || text.isWord(head, .be)
                head -= 1
            } else if text.tokens[head].isPunctuation(","), head >= 2, text.tokens[head - 1].kind == .word,
                !text.tokens[head - 1].isCapitalized, text.tokens[head - 2].isPunctuation(",")
            {
                head -= 3
            } else if text.tokens[head].isPunctuation(")"), let open = openingBracket(before: head) {
                head = open - 1
            } else if let open = openingDash(before: head) {
                head = open - 1
            } else if isNameDot(head) {
                // The dot of "Jr." or "Sen." that closes the name.
                head -= 1
            } else {
                break
            }
            skipped += 1
        }
        guard head >= 0, !text.isWord(head, .be) else { return nil }
        if text.isWord(head, .and), skipped == 0 { return subjectOfSentence(before: head) }
        if skipped == 0, let verb = governingVerb(ofInfinitive: head) { return sourceBefore(cue: verb) }
        let token = text.tokens[head]
        if token.kind == .word {
            if text.isWord(head, .pronoun) || text.isWord(head, .relative) { return head...head }
            guard let phrase = phraseBefore(head) else { return nil }
            // "Two researchers who reviewed the paper said": the source is the relative's noun.
            if let antecedent = relativeAntecedent(of: phrase) { return antecedent }
            // "Documents released during the hearings show": the noun and its reduced relative.
            let relativeVerb = phrase.lowerBound - 2
            if relativeVerb > 0, isPreposition(relativeVerb + 1), isReducedRelative(relativeVerb, cue: cue),
                let noun = phraseBefore(relativeVerb - 1)
            {
                return noun.lowerBound...phrase.upperBound
            }
            // "A group … handed out leaflets describing": a verb phrase before an -ing cue is the
            // sentence subject's.
            if participle, !text.tokens[phrase.lowerBound].isCapitalized, isPastVerb(phrase.lowerBound) {
                return subjectOfSentence(before: phrase.lowerBound)
            }
            // Lower-case words after a pronoun or an infinitive "to" are a verb phrase ("he owns
            // has charged", "he spent more time mocking", "needs to win more delegates"), and after
            // a verb's preposition an object ("relying on optimistic tax forecasts"): no source.
            let before = phrase.lowerBound - 1
            if !text.tokens[phrase.lowerBound].isCapitalized, !text.isWord(phrase.lowerBound, .determiner),
                text.isWord(before, .pronoun) || text.isWord(before, .to)
                    || (isPreposition(before) && isVerbForm(before - 1))
                    || (isVerbForm(phrase.lowerBound) && isPreposition(phrase.lowerBound + 1))
            {
                return nil
            }
            // "with three in 10 saying": the phrase after "with" is the subject of the -ing cue.
            if participle, !progressive, text.isWord(phrase.lowerBound, .determiner),
                !text.tokens[phrase.lowerBound].isCapitalized,
                phrase.lowerBound == 0 || text.tokens[phrase.lowerBound - 1].key != Self.withKey
            {
                return subjectOfSentence(before: phrase.lowerBound)
            }
            return phrase
        }
        // A share in per cent ("42% say").
        if token.isPunctuation("%"), text.isNumber(head - 1) { return (head - 1)...head }
        guard token.isPunctuation(",") else { return nil }
        if participle { return subjectOfSentence(before: head) }
        return nameBeforeApposition(comma: head)
    }

    /// The noun phrase a relative clause before a cue belongs to: "Two researchers who
    /// reviewed the paper" for the phrase "the paper" or "reviewed the paper".
    func relativeAntecedent(of phrase: ClosedRange<Int>) -> ClosedRange<Int>? {
        var relative = phrase.lowerBound - 1
        if !isPastVerb(phrase.lowerBound) || text.tokens[phrase.lowerBound].isCapitalized {
            guard isPastVerb(relative), !text.tokens[relative].isCapitalized else { return nil }
            relative -= 1
        }
        guard relative > 0, text.isWord(relative, .relative), let antecedent = phraseBefore(relative - 1),
            !text.isWord(antecedent.lowerBound, .pronoun)
        else { return nil }
        return antecedent
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

    /// Whether the word at `head` is a quantifier floating after the subject or its auxiliary
    /// ("the senators both warned", "they have all said"), not a subject of its own ("all said").
    func isFloating(_ head: Int) -> Bool {
        guard text.isWord(head, .floating), head > 0 else { return false }
        let before = head - 1
        return text.isWord(before, .skippable) || text.isWord(before, .pronoun) || text.isNameWord(before)
            || text.isContentWord(before) || text.tokens[before].isPunctuation(")")
    }

    /// The verb that governs an infinitive or -ing cue whose "to" or "by" is at `marker`
    /// ("Doe went on to say", "Doe declined to describe", "Doe began by saying"): the cue's
    /// source is that verb's subject. The verb must look finite (-s, -ed, an irregular past or
    /// a cue of its own), follow an auxiliary ("would like to see", "will continue to argue") or
    /// be a progressive ("is trying to show"), so that a noun ("a plan to say") or an adjective
    /// ("is hard to say") gives no source.
    func governingVerb(ofInfinitive marker: Int) -> Int? {
        guard text.isWord(marker, .to) || text.isWord(marker, .by) else { return nil }
        var verb = marker - 1
        if text.isWord(verb, .preposition), !text.tokens[verb].isCapitalized { verb -= 1 }
        guard verb >= 0, text.tokens[verb].kind == .word, !text.tokens[verb].isCapitalized,
            text.isContentWord(verb) || text.tokens[verb].info.cue != nil
        else { return nil }
        let before = verb - 1
        guard
            endsInS(verb) || isPastParticiple(verb) || text.isWord(verb, .irregularPast)
                || text.tokens[verb].info.cue != nil || text.isWord(before, .skippable)
                || text.isWord(before, .auxiliary)
                || (isParticiple(verb) && text.isWord(before, .be))
        else { return nil }
        return verb
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

    /// The subject at the start of the sentence holding token `index`: its first noun phrase,
    /// or the first one after an opening adverbial ("On Tuesday, Doe …").
    func subjectOfSentence(before index: Int) -> ClosedRange<Int>? {
        var start = index
        while start > 0, index - start < Self.sentenceStartReach, !text.endsSentence(start - 1),
            text.tokens[start - 1].kind != .quoteMark
        {
            start -= 1
        }
        var segment = start
        while segment < index {
            if !isParticiple(segment), !isPastParticiple(segment), let subject = subject(at: segment, before: index),
                text.isWord(segment, .pronoun) || !text.tokens[subject.upperBound + 1].isPunctuation(",")
            {
                return subject
            }
            while segment < index, !text.tokens[segment].isPunctuation(",") { segment += 1 }
            segment += 1
        }
        return nil
    }

    /// Whether the word at `index` ends in -ed ("Asked about it, Doe said").
    func isPastParticiple(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.kind == .word && token.end - token.start > 3 && text.hasSuffix(index, "ed")
    }

    private func subject(at first: Int, before limit: Int) -> ClosedRange<Int>? {
        guard first < limit, text.tokens[first].kind == .word, !text.isWord(first, .relative) else { return nil }
        guard
            text.isWord(first, .pronoun) || text.isNameWord(first) || text.isWord(first, .title)
                || text.isWord(first, .determiner), let phrase = phraseAfter(first), phrase.upperBound < limit
        else { return nil }
        // A subject is short and ends before its verb: cut at a preposition, an -ed or -ing
        // form, or after four words ("The harbour board met on Monday" → "The harbour board").
        var end = first
        while end < phrase.upperBound, end - first < Self.subjectWords - 1 {
            let next = end + 1
            if text.isWord(next, .preposition)
                || (!text.tokens[next].isCapitalized
                    && (isPastParticiple(next) || isParticiple(next) || text.isWord(next, .irregularPast)))
            {
                break
            }
            end = next
        }
        return first...end
    }

    /// The most words a sentence subject found by `subjectOfSentence` may have.
    static let subjectWords = 4

    /// The noun phrase before an apposition that ends at the comma `comma`: the name that opens
    /// the sentence when a comma closes it ("Doe, speaking in Salem, Ore., said"), else the
    /// phrase before the nearest comma ("the chair, Jane Doe, said").
    func nameBeforeApposition(comma: Int) -> ClosedRange<Int>? {
        if let name = openingName(before: comma) { return name }
        var index = comma - 1
        var commas = 0
        let limit = max(0, comma - Self.appositionReach)
        while index > limit {
            let token = text.tokens[index]
            if token.kind == .lineBreak || text.endsSentence(index) { return nil }
            if token.isPunctuation(","), index + 1 < comma {
                if commas == 0, text.isNameWord(index + 1), !isPartyLabel(index + 1) { return nameAfter(index + 1) }
                // A bracket after the name ("Doe (D-Ore.), chair of X, said") is skipped.
                var end = index - 1
                if end >= 0, text.tokens[end].isPunctuation(")"), let open = openingBracket(before: end) {
                    end = open - 1
                }
                if let phrase = phraseBefore(end), commas == 0 || text.tokens[phrase.lowerBound].isCapitalized {
                    return phrase
                }
                commas += 1
                if commas == Self.appositionCommas { return nil }
            }
            index -= 1
        }
        return nil
    }

    /// Whether the word at `index` is a party and state label ("D-Ore", "R-Ind"): a capital, a
    /// hyphen, then more, which follows a name and is no name itself.
    func isPartyLabel(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.kind == .word && token.end - token.start > 2 && token.isCapitalized
            && text.utf8[token.byteStart] < 0x80 && text.utf8[token.byteStart + 1] == UInt8(ascii: "-")
    }

    /// The most tokens between a sentence's opening name and the comma before its cue.
    static let maximumAppositionTokens = 40

    /// The name that opens the sentence holding the comma `comma` when a comma (after an
    /// optional bracket, "Doe (D-Ore.),") closes it: the subject of a cue after appositions.
    func openingName(before comma: Int) -> ClosedRange<Int>? {
        var start = comma - 1
        while start > 0, comma - start < Self.maximumAppositionTokens, !opensSentence(after: start - 1) {
            start -= 1
        }
        guard start == 0 || opensSentence(after: start - 1),
            text.isNameWord(start) || text.isWord(start, .title)
        else { return nil }
        let name = nameAfter(start)
        var next = name.upperBound + 1
        // The cue's own comma may close the name only behind a bracket ("Doe (D-Ore.), said").
        var last = comma - 1
        if next < comma, text.tokens[next].isPunctuation("("), let close = closingBracket(after: next) {
            next = close + 1
            last = comma
        }
        return next <= last && text.tokens[next].isPunctuation(",") ? name : nil
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
        // A share of a group named before ("most of them", "all of whom", "10 percent of them").
        if text.isWord(head, .objectPronoun), head >= 2, text.tokens[head - 1].key == Self.ofKey,
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
                guard text.isContentWord(index + 1) || text.isNameWord(index + 1) || text.isWord(index + 1, .determiner)
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
            } else if afterGenitive, !token.isCapitalized {
                // German nouns are capitalized: a lower-case word after a genitive is the verb.
                break
            }
            end = index
            index += 1
        }
        if inverted, !text.isWord(first, .determiner), !(first...end).contains(where: { text.tokens[$0].isCapitalized })
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
