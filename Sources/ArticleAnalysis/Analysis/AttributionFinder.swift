/// Finds the cues of reported speech and their sources: "Doe said", "said Doe", "he noted",
/// "according to 11 sources", "four sources said", "Doe, a professor at X, said",
/// "cited by Reuters".
///
/// The rules it tries are listed, in order, by `AttributionRule`; their methods are in
/// `AttributionFinder+Rules.swift`, the source shapes they look for here, and the grammar they
/// share with `NameIndex` (phrases, names, clause edges) in `ClauseGrammar`. The source of a
/// verb is the noun phrase before it (after adverbs and auxiliaries), or, when the verb follows
/// a comma, a quote or a sentence start, the noun phrase after it.
struct AttributionFinder {
    let text: TokenText
    /// The token ranges of quotations, in text order: cues there belong to the quoted
    /// speaker's own sentences and are not attributions of the article.
    let quotations: [ClosedRange<Int>]
    /// Phrases, names and clause edges over the same text and quotations.
    let grammar: ClauseGrammar

    init(text: TokenText, quotations: [ClosedRange<Int>]) {
        self.text = text
        self.quotations = quotations
        grammar = ClauseGrammar(text: text, quotations: quotations)
    }

    /// About how many tokens of news text hold one attribution (PolNeAR's articles have one in
    /// 46): room for that many is reserved at once.
    static let tokensPerAttribution = 32

    /// `WordHash` of "in", read once.
    static let inKey = WordHash.of("in")
    /// `WordHash` of "that", read once.
    static let thatKey = WordHash.of("that")
    /// `WordHash` of "with", read once.
    static let withKey = WordHash.of("with")
    /// The words of groups the rules read, looked up once.
    static let namingKeys = WordGroup.namingVerb.keys
    static let indefiniteKeys = WordGroup.indefiniteArticle.keys
    static let listenerKeys = WordGroup.listener.keys
    static let ordinalCueKeys = WordGroup.ordinalCue.keys
    /// `WordHash` of the pronouns that name nobody ("nobody", "nadie"), never sources.
    static let nobodyKeys = WordGroup.nobody.keys
    /// `WordHash` of the words that open "what was reported" after a cue ("secondo quanto …").
    static let reportedWhatKeys = WordGroup.reportedWhat.keys
    /// `WordHash` of the prepositions of a passive's agent ("riferito da", "informado por").
    static let agentPrepositionKeys = WordGroup.agentPreposition.keys
    /// How far after the cue the agent's preposition may come ("secondo quanto è stato riferito da").
    static let reportedWhatReach = 6
    /// The most tokens of a place between an inverted verb and its subject ("w uzasadnieniu").
    static let placeTokens = 6

    /// The most tokens between a cue and the quotation it introduces ("described as “…”").
    static let quotationReachAfterCue = 3
    /// The farthest, in tokens, a pronoun source may sit from an earlier cue whose content it
    /// is part of ("Doe said Tuesday that he had voted").
    static let nestingReach = 80
    /// The most words between "in" and the document that speaks ("in a new national poll").
    static let documentWords = 6
    /// The most adverbs, auxiliaries, brackets and asides skipped back from a cue to its source.
    static let skippedBeforeCue = 6
    /// How far back the start of a sentence is looked for, in tokens.
    static let sentenceStartReach = 40
    /// How far back, in tokens, the name before an apposition is looked for, and across how
    /// many commas.
    static let appositionReach = 30
    static let appositionCommas = 3

    /// Every attribution of the text, in text order of their cues: each token that could be a
    /// cue (`TokenText.attributionCandidates`) is given to the rules of `AttributionRule` that
    /// read its kind, in their order, until one claims it.
    func attributions() -> [FoundAttribution] {
        var scan = AttributionScan()
        scan.found.reserveCapacity(text.tokens.count / Self.tokensPerAttribution)
        let tokens = text.tokens
        // Read once: a static's every use checks that it is initialized.
        let inKey = Self.inKey
        let reading = AttributionRule.reading
        // The other tokens have nothing a rule reads. A rule may move the scan on past some.
        for candidate in text.attributionCandidates where Int(candidate) >= scan.index {
            scan.index = Int(candidate)
            defer { scan.index += 1 }
            let token = tokens[scan.index]
            var reads: AttributionRule.Reads = []
            if token.kind == .word {
                if token.key == inKey { reads.insert(.inWord) }
                if token.info.cue != nil { reads.insert(.cueWord) }
            } else {
                // A candidate mark: a quote mark, a colon or a dash (`AttributionRule.mayReadMark`).
                if token.kind == .quoteMark { reads.insert(.quoteMark) }
                if token.isPunctuation(":") { reads.insert(.colon) }
                if grammar.isDash(scan.index) { reads.insert(.dash) }
            }
            guard !reads.isEmpty else { continue }
            while scan.nextQuotation < quotations.count, quotations[scan.nextQuotation].upperBound < scan.index {
                scan.nextQuotation += 1
            }
            var rules = reading[Int(reads.rawValue)]
            while rules != 0, let rule = AttributionRule(rawValue: rules.trailingZeroBitCount) {
                if rule.apply(self, &scan) { break }
                rules &= rules &- 1
            }
        }
        scan.found.removeAll { found in found.source.map(namesNoSpeaker) ?? false }
        return scan.found
    }

    /// Whether `source` names nobody who could speak: a pronoun that names nobody ("Nobody ever
    /// found out", "Ninguém pede"), a date ("am 26. Dezember", "el lunes") or a dateline
    /// ("BOSTON —", "WASHINGTON (AP)").
    func namesNoSpeaker(_ source: ClosedRange<Int>) -> Bool {
        let tokens = text.tokens
        if source.count == 1, tokens[source.lowerBound].kind == .word,
            Self.nobodyKeys.contains(tokens[source.lowerBound].key)
        {
            return true
        }
        return isDate(source) || isDateline(source)
    }

    /// Whether the words of `source` are a date: a month or a day of the week of the text's
    /// language, with only numbers, determiners and prepositions beside it.
    func isDate(_ source: ClosedRange<Int>) -> Bool {
        // A date ends in its day or its number ("am 26. Dezember", "December 26"): most sources
        // are ruled out by their last word.
        guard grammar.isDate(source.upperBound) || text.isNumber(source.upperBound) else { return false }
        var hasCalendarWord = false
        for index in source where text.tokens[index].kind == .word {
            if grammar.isDate(index) {
                hasCalendarWord = true
            } else if !text.isNumber(index), !text.isWord(index, .determiner), !text.isWord(index, .preposition) {
                return false
            }
        }
        return hasCalendarWord
    }

    /// Whether `source` is a dateline: words in capitals that open a line and are followed by a
    /// dash or a bracket ("BOSTON — Shares fell", "WASHINGTON (AP) —").
    func isDateline(_ source: ClosedRange<Int>) -> Bool {
        let first = source.lowerBound
        let after = source.upperBound + 1
        guard first == 0 || text.tokens[first - 1].kind == .lineBreak, after < text.tokens.count,
            text.tokens[after].isDash || text.tokens[after].isPunctuation("(")
        else { return false }
        return source.allSatisfy { text.tokens[$0].kind != .word || text.isWrittenInCapitals($0) }
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
        guard kind == .speech, text.language != .english, text.language.reading({ $0.dropsSubjects }),
            !grammar.isParticiple(index)
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
        if grammar.isFiniteVerb(first), text.isNameWord(first + 1) {
            let source = grammar.nameAfter(first + 1)
            return grammar.endsClause(after: source.upperBound) ? (first, source) : nil
        }
        let source: ClosedRange<Int>
        if text.isWord(first, .personPronoun) {
            source = first...first
        } else if text.isNameWord(first) {
            source = grammar.nameAfter(first)
        } else if text.isWord(first, .article), let phrase = grammar.phraseAfter(first) {
            source = phrase
        } else {
            return nil
        }
        let verb = source.upperBound + 1
        guard verb + 1 < text.tokens.count, grammar.isFiniteVerb(verb) else { return nil }
        let next = verb + 1
        guard
            text.tokens[next].kind != .word || text.isWord(next, .preposition) || text.isWord(next, .skippable)
                || text.isAdverb(next)
        else { return nil }
        return (verb, source)
    }

    /// Whether the cue at `index` names rather than reports: "named" or "called" after a noun
    /// phrase opened by "a" and before a name or a quote ("an engineer named Ida Lund", "a
    /// group called “Harbour Watch”").
    func isNaming(_ index: Int) -> Bool {
        // The word after is tested first: it rules out most cues without reading the static
        // set (whose every use checks that it is initialized).
        guard index + 1 < text.tokens.count, text.tokens[index + 1].kind == .quoteMark || text.isNameWord(index + 1),
            Self.namingKeys.contains(text.tokens[index].key)
        else { return false }
        var article = index - 1
        while article > 0, index - article <= ClauseGrammar.maximumSourceTokens, text.isContentWord(article),
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
        guard grammar.isPastParticiple(index) || text.isWord(index, .irregularPast), text.isContentWord(index - 1),
            !text.isWord(index - 1, .pronoun), grammar.isPreposition(index + 1), !text.isWord(index + 1, .to)
        else { return false }
        var next = index + 2
        while next < text.tokens.count, next - index <= ClauseGrammar.maximumSourceTokens {
            let token = text.tokens[next]
            guard token.kind == .word else { return false }
            let isFinite =
                text.isWord(next, .be)
                || (token.info.cue != nil && !grammar.isParticiple(next) && !grammar.isPastParticiple(next)
                    && !token.isCapitalized)
            if isFinite {
                // When the finite verb is the cue being read, the clause is certain; else a
                // capitalized noun must be written in lower case elsewhere (that search reads
                // every word, so it comes last).
                return text.isContentWord(next - 1) && !text.isWord(next - 1, .pronoun)
                    && (next == cue || !text.tokens[index - 1].isCapitalized || grammar.isWrittenInLowerCase(index - 1)
                        || grammar.isSentenceInitialPlural(index - 1))
            }
            if text.isWord(next, .boundary) { return false }
            next += 1
        }
        return false
    }

    /// Whether `source` is the source of the attribution before, read again by a cue right
    /// after it ("according to a study of 900 people published on Monday").
    func repeatsSource(_ source: ClosedRange<Int>, of previous: FoundAttribution?) -> Bool {
        guard let previous, previous.kind == .sourceFollows || previous.kind == .sourceNext,
            let earlier = previous.source
        else { return false }
        return earlier.upperBound == source.upperBound && previous.cue.upperBound < source.lowerBound
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
        return grammar.nameAfter(index + 1)
    }

    /// The name before a colon that opens a line: a transcript or headline speaker label
    /// ("BRANDT: We will…", "Brandt: Port must close"), also after the quote mark that opens
    /// a paragraph of a quoted transcript ("“BRANDT: We will…"). Single letters (Q:, A:) are
    /// not names.
    func speakerLabel(colon index: Int) -> ClosedRange<Int>? {
        guard index > 0, text.isNameWord(index - 1), !BylineFinder.openerKeys.contains(text.tokens[index - 1].key)
        else { return nil }
        let name = grammar.nameBefore(index - 1)
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
            let phrase = grammar.phraseAfter(index + 1)
        else { return nil }
        let limit = min(phrase.upperBound, index + Self.documentWords)
        for word in (index + 1)...limit where text.isWord(word, .document) {
            // "in the polls" / "in the surveys" is a standing ("behind in the polls"), no source.
            if word == index + 2, text.isWord(index + 1, .article), grammar.endsInS(word) { return nil }
            return (index + 1)...word
        }
        return nil
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
        // Other languages may put an addressee or a place between the verb and its subject.
        let subject =
            text.language == .english
            ? index + 1 : afterQuote ? subjectPastAddressee(index + 1) : pastDay(index + 1)
        // Outside English a verb of stance inverts too ("Inaczej uważa jej sąsiad.").
        guard kind == .speech || (kind == .stance && text.language != .english), !grammar.isParticiple(index),
            !text.isWord(index, .takesListener),
            grammar.opensClause(before: index), let subject,
            let phrase = grammar.phraseAfter(subject, inverted: true)
                ?? (afterQuote && !text.isAdverb(subject) && !grammar.isGerund(subject)
                    ? grammar.phraseAfter(subject) : nil)
        else { return nil }
        let source = withApposition(phrase)
        if afterQuote { return source }
        return grammar.endsClause(after: source.upperBound) ? source : nil
    }

    /// `source` with the name in apposition after it, when it is a role or a description with
    /// an article ("said the town’s mayor, Ida Lund", "», ha attaccato il capogruppo di Lucca
    /// Domani, Alessio Pardini"): a description takes only a name of two words or more.
    func withApposition(_ source: ClosedRange<Int>) -> ClosedRange<Int> {
        let comma = source.upperBound + 1
        guard comma + 1 < text.tokens.count, text.tokens[comma].isPunctuation(","), text.isNameWord(comma + 1) else {
            return source
        }
        let name = grammar.nameAfter(comma + 1)
        let isRole = RoleWords.isRole(source.upperBound, in: text)
        let isDescription = text.isWord(source.lowerBound, .determiner) || text.hasElidedArticle(source.lowerBound)
        guard isRole || (isDescription && name.count > 1) else { return source }
        return source.lowerBound...name.upperBound
    }

    /// Where the subject of a verb after a quotation starts when a reflexive clitic, an
    /// addressee or a place comes first ("– śmieje się Ola", "– powiedziała naszemu reporterowi
    /// …", "— сказал корреспонденту «…» аналитик X", "– mówiła w uzasadnieniu sędzia X", "», ha
    /// detto ai cronisti Rossi"): past the clitic, a listener word (and a quoted title after it)
    /// and a prepositional phrase, at the first role or name; `first` itself when none comes
    /// first, `nil` when the clause ends before a subject.
    func subjectPastAddressee(_ first: Int) -> Int? {
        let tokens = text.tokens
        var index = first
        if index < tokens.count, tokens[index].kind == .word, Self.cliticKeys.contains(tokens[index].key) {
            index += 1
        }
        let afterClitic = index
        if let listener = (afterClitic..<min(afterClitic + 2, tokens.count)).first(where: {
            tokens[$0].kind == .word && Self.listenerKeys.contains(tokens[$0].key)
        }) {
            index = listener + 1
            if index < tokens.count, tokens[index].kind == .quoteMark, let title = grammar.quotation(containing: index)
            {
                index = title.upperBound + 1
            } else {
                index = pastObjectName(index)
            }
        }
        // A word of time first ("», ha detto ieri in conferenza stampa l’allenatore …").
        while index < tokens.count, index - afterClitic < 2, text.isWord(index, .skippable),
            !text.isWord(index, .boundary)
        {
            index += 1
        }
        index = pastDay(index)
        if text.isWord(index, .preposition) {
            // The phrase's first word is its object ("na Twitterze", "ai cronisti").
            var next = index + 2
            while next < tokens.count, next - index <= Self.placeTokens, tokens[next].kind == .word {
                // A second phrase's object is no subject either ("dijo por teléfono desde Murcia").
                if text.isWord(next, .preposition) {
                    next += 2
                    continue
                }
                if RoleWords.isRole(next, in: text) || text.isNameWord(next) {
                    return next == index + 2 ? pastObjectName(next) : next
                }
                next += 1
            }
            return nil
        }
        return index
    }

    /// Past the name at `index` that follows a listener or a preposition's object, when a
    /// subject comes after it ("агентству EFE руководитель …", "à agência Lusa a epidemiologista
    /// …"); `index` itself otherwise ("ai cronisti Rossi.").
    func pastObjectName(_ index: Int) -> Int {
        guard text.isNameWord(index) else { return index }
        let after = grammar.nameAfter(index).upperBound + 1
        guard after < text.tokens.count,
            text.isWord(after, .determiner) || RoleWords.isRole(after, in: text) || text.isNameWord(after)
        else { return index }
        return after
    }

    /// Where the subject after a verb starts when a day comes first, a determiner or a
    /// preposition and a day of the text's language ("informó este jueves el Instituto …",
    /// "teilte am Montag der Verband mit"): past the day; `first` when none does.
    func pastDay(_ first: Int) -> Int {
        guard text.isWord(first, .determiner) || text.isWord(first, .preposition), grammar.isDate(first + 1) else {
            return first
        }
        return first + 2
    }

    /// Whether the cue at `index` comes right after a quotation ("…,” said Doe", "… », a dit").
    func followsQuote(_ index: Int) -> Bool {
        var previous = index - 1
        if text.isWord(previous, .auxiliary) { previous -= 1 }
        if grammar.isDash(previous) { previous -= 1 }
        if previous >= 0, text.tokens[previous].isPunctuation(",") { previous -= 1 }
        guard previous >= 0 else { return false }
        let token = text.tokens[previous]
        return token.kind == .quoteMark || token.isPunctuation("'") || token.isPunctuation("\u{2019}")
    }

    /// The source before the cue at `cue`: the subject, past adverbs, auxiliaries and a
    /// bracketed aside ("Sen. Doe (R-Ky.) said"), or the name before a comma-delimited
    /// apposition ("Doe, a professor at X, said"); for an -ing cue after a comma ("…, saying"),
    /// the subject of the sentence.
    func sourceBefore(cue: Int) -> ClosedRange<Int>? {
        var head = cue - 1
        var skipped = 0
        let participle = grammar.isParticiple(cue)
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
            } else if text.tokens[head].isPunctuation(")"), let open = grammar.openingBracket(before: head) {
                head = open - 1
            } else if let open = grammar.openingDash(before: head) {
                head = open - 1
            } else if grammar.isNameDot(head) {
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
            if text.isWord(head, .objectPronoun), let phrase = grammar.phraseBefore(head) { return phrase }
            if text.isWord(head, .pronoun) || text.isWord(head, .relative) { return head...head }
            guard let phrase = grammar.phraseBefore(head) else { return nil }
            // "Two researchers who reviewed the paper said": the source is the relative's noun.
            if let antecedent = relativeAntecedent(of: phrase) { return antecedent }
            // "Documents released during the hearings show": the noun and its reduced relative.
            let relativeVerb = phrase.lowerBound - 2
            if relativeVerb > 0, grammar.isPreposition(relativeVerb + 1), isReducedRelative(relativeVerb, cue: cue),
                let noun = grammar.phraseBefore(relativeVerb - 1)
            {
                return noun.lowerBound...phrase.upperBound
            }
            // "A group … handed out leaflets describing": a verb phrase before an -ing cue is the
            // sentence subject's.
            if participle, !text.tokens[phrase.lowerBound].isCapitalized, grammar.isPastVerb(phrase.lowerBound) {
                return subjectOfSentence(before: phrase.lowerBound)
            }
            // Lower-case words after a pronoun or an infinitive "to" are a verb phrase ("he owns
            // has charged", "he spent more time mocking", "needs to win more delegates"), and after
            // a verb's preposition an object ("relying on optimistic tax forecasts"): no source.
            let before = phrase.lowerBound - 1
            if !text.tokens[phrase.lowerBound].isCapitalized, !text.isWord(phrase.lowerBound, .determiner),
                text.isWord(before, .pronoun) || text.isWord(before, .to)
                    || (grammar.isPreposition(before) && grammar.isVerbForm(before - 1))
                    || (grammar.isVerbForm(phrase.lowerBound) && grammar.isPreposition(phrase.lowerBound + 1))
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
        if !grammar.isPastVerb(phrase.lowerBound) || text.tokens[phrase.lowerBound].isCapitalized {
            guard grammar.isPastVerb(relative), !text.tokens[relative].isCapitalized else { return nil }
            relative -= 1
        }
        guard relative > 0, text.isWord(relative, .relative), let antecedent = grammar.phraseBefore(relative - 1),
            !text.isWord(antecedent.lowerBound, .pronoun)
        else { return nil }
        return antecedent
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
            grammar.endsInS(verb) || grammar.isPastParticiple(verb) || text.isWord(verb, .irregularPast)
                || text.tokens[verb].info.cue != nil || text.isWord(before, .skippable)
                || text.isWord(before, .auxiliary)
                || (grammar.isParticiple(verb) && text.isWord(before, .be))
        else { return nil }
        return verb
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
            if !grammar.isParticiple(segment), !grammar.isPastParticiple(segment),
                !grammar.opensParticipleClause(segment),
                let subject = subject(at: segment, before: index),
                text.isWord(segment, .pronoun) || !text.tokens[subject.upperBound + 1].isPunctuation(",")
            {
                return subject
            }
            while segment < index, !text.tokens[segment].isPunctuation(",") { segment += 1 }
            segment += 1
        }
        return nil
    }

    private func subject(at first: Int, before limit: Int) -> ClosedRange<Int>? {
        guard first < limit, text.tokens[first].kind == .word, !text.isWord(first, .relative) else { return nil }
        guard
            text.isWord(first, .pronoun) || text.isNameWord(first) || text.isWord(first, .title)
                || text.isWord(first, .determiner), let phrase = grammar.phraseAfter(first), phrase.upperBound < limit
        else { return nil }
        // A subject is short and ends before its verb: cut at a preposition, an -ed or -ing
        // form, or after four words ("The harbour board met on Monday" → "The harbour board").
        var end = first
        while end < phrase.upperBound, end - first < ClauseGrammar.subjectWords - 1 {
            let next = end + 1
            if text.isWord(next, .preposition)
                || (!text.tokens[next].isCapitalized
                    && (grammar.isPastParticiple(next) || grammar.isParticiple(next)
                        || text.isWord(next, .irregularPast)))
            {
                break
            }
            end = next
        }
        return first...end
    }

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
                if commas == 0, text.isNameWord(index + 1), !isPartyLabel(index + 1) {
                    return grammar.nameAfter(index + 1)
                }
                // A bracket after the name ("Doe (D-Ore.), chair of X, said") is skipped.
                var end = index - 1
                if end >= 0, text.tokens[end].isPunctuation(")"), let open = grammar.openingBracket(before: end) {
                    end = open - 1
                }
                if let phrase = grammar.phraseBefore(end), commas == 0 || text.tokens[phrase.lowerBound].isCapitalized {
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
        guard comma > 0 else { return nil }
        var start = comma - 1
        while start > 0, comma - start < Self.maximumAppositionTokens, !grammar.opensSentence(after: start - 1) {
            start -= 1
        }
        guard start == 0 || grammar.opensSentence(after: start - 1),
            text.isNameWord(start) || text.isWord(start, .title)
        else { return nil }
        let name = grammar.nameAfter(start)
        var next = name.upperBound + 1
        // The cue's own comma may close the name only behind a bracket ("Doe (D-Ore.), said").
        var last = comma - 1
        if next < comma, text.tokens[next].isPunctuation("("), let close = grammar.closingBracket(after: next) {
            next = close + 1
            last = comma
        }
        return next <= last && text.tokens[next].isPunctuation(",") ? name : nil
    }

}
