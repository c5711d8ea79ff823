/// The rules of `AttributionRule`, one method each, in the order they are tried.
extension AttributionFinder {
    /// `AttributionRule.tagAfterQuotation`: "“…,” said Doe", "«…», dijo Ruiz".
    func tagAfterQuotation(_ scan: inout AttributionScan) -> Bool {
        let index = scan.index
        guard scan.nextQuotation < quotations.count, quotations[scan.nextQuotation].upperBound == index,
            let tag = quoteTag(after: index) ?? invertedTag(after: index)
        else { return false }
        scan.found.append(FoundAttribution(cue: tag.cue...tag.cue, source: tag.source, kind: .speech))
        scan.index = tag.cue
        return true
    }

    /// `AttributionRule.speakerLabel`: "LUND: …" at a line start, also inside a quoted
    /// transcript ("“PENCE: Well, …").
    func labelBeforeColon(_ scan: inout AttributionScan) -> Bool {
        guard text.tokens[scan.index].isPunctuation(":"), let label = speakerLabel(colon: scan.index) else {
            return false
        }
        scan.found.append(FoundAttribution(cue: scan.index...scan.index, source: label, kind: .speech))
        return true
    }

    /// `AttributionRule.insideQuotation`: a token inside a quotation is claimed, and nothing found.
    func isInsideQuotation(_ scan: AttributionScan) -> Bool {
        scan.nextQuotation < quotations.count && quotations[scan.nextQuotation].lowerBound <= scan.index
    }

    /// `AttributionRule.documentAfterIn`: "In a new poll, …".
    func documentAfterIn(_ scan: inout AttributionScan) -> Bool {
        let index = scan.index
        guard text.tokens[index].kind == .word, text.tokens[index].key == Self.inKey,
            let source = documentSource(index)
        else { return false }
        scan.found.append(FoundAttribution(cue: index...index, source: source, kind: .speech))
        return true
    }

    /// `AttributionRule.nameAfterDash`: "“…” — Jane Doe".
    func nameAfterDash(_ scan: inout AttributionScan) -> Bool {
        let index = scan.index
        guard text.tokens[index].kind != .word, grammar.isDash(index), let source = dashSource(index) else {
            return false
        }
        scan.found.append(FoundAttribution(cue: index...index, source: source, kind: .speech))
        return true
    }

    /// `AttributionRule.colonIntroduction`: "Le maire a réagi : « … »".
    func introductionBeforeColon(_ scan: inout AttributionScan) -> Bool {
        guard text.tokens[scan.index].isPunctuation(":"),
            let introduction = colonIntroduction(colon: scan.index, after: scan.found.last)
        else { return false }
        scan.found.append(introduction)
        return true
    }

    /// `AttributionRule.sourceAfterPreposition`: "laut dem Bericht", but not "il secondo giorno"
    /// or "dal secondo posto".
    func sourceAfterPreposition(_ scan: inout AttributionScan) -> Bool {
        let index = scan.index
        guard cueKind(at: index) == .sourceNext else { return false }
        // A cue that is also an ordinal is one after a preposition ("dal secondo posto").
        let isOrdinal =
            Self.ordinalCueKeys.contains(text.tokens[index].key) && text.isWord(index - 1, .preposition)
        if !text.isWord(index - 1, .determiner), !isOrdinal,
            let source = reportedAgent(after: index) ?? grammar.phraseAfter(index + 1).map(endingAtObject)
        {
            scan.found.append(FoundAttribution(cue: index...index, source: source, kind: .sourceNext))
        }
        return true
    }

    /// The agent of "what was reported by" after a cue ("secondo quanto riferito da fonti
    /// giudiziarie" → fonti giudiziarie): a `reportedWhat` word, a few lower-case words, and an
    /// `agentPreposition`; `nil` when the cue is not followed so.
    func reportedAgent(after cue: Int) -> ClosedRange<Int>? {
        let tokens = text.tokens
        guard cue + 1 < tokens.count, tokens[cue + 1].kind == .word, Self.reportedWhatKeys.contains(tokens[cue + 1].key)
        else { return nil }
        var index = cue + 2
        while index < tokens.count, index - cue <= Self.reportedWhatReach, tokens[index].kind == .word,
            !tokens[index].isCapitalized
        {
            if Self.agentPrepositionKeys.contains(tokens[index].key) { return grammar.phraseAfter(index + 1) }
            index += 1
        }
        return nil
    }

    /// `AttributionRule.sourceAfterPhrase`: "according to four sources", "de acuerdo con la
    /// organización", "de acordo com o ministério" (the phrase's own preposition before and after).
    func sourceAfterPhrase(_ scan: inout AttributionScan) -> Bool {
        let index = scan.index
        guard cueKind(at: index) == .sourceFollows else { return false }
        let opensPhrase =
            text.language == .english
            ? text.isWord(index + 1, .to)
            : text.isWord(index - 1, .preposition) && text.isWord(index + 1, .preposition)
        if opensPhrase {
            let source = grammar.phraseAfter(index + 2)
            scan.found.append(FoundAttribution(cue: index...(index + 1), source: source, kind: .sourceFollows))
            scan.index += 1
        }
        return true
    }

    /// `AttributionRule.passiveAgent`: "cited by Reuters". A bare noun after "by" is a means
    /// ("said by telephone"), and the source is looked for as for any cue; the agent of a verb
    /// whose passive is an act is no source ("ordered by Núñez", "recalled by Valmora").
    func passiveAgent(_ scan: inout AttributionScan) -> Bool {
        let index = scan.index
        guard cueKind(at: index) != nil, text.isWord(index + 1, .by) else { return false }
        if text.isWord(index, .actInPassive) { return true }
        guard !grammar.isParticiple(index), !grammar.isParticiple(index + 2),
            let source = grammar.phraseAfter(index + 2),
            text.isWord(index + 2, .determiner) || text.tokens[index + 2].isCapitalized || source.count > 1
        else { return false }
        scan.found.append(FoundAttribution(cue: index...(index + 1), source: source, kind: .stance))
        scan.index += 1
        return true
    }

    /// `AttributionRule.verbSubject`: "Doe said", "said Doe", "four sources familiar with the
    /// plan said", or, in a language that drops subjects, nobody named ("«…», afirmó").
    func verbSubject(_ scan: inout AttributionScan) -> Bool {
        let index = scan.index
        guard let kind = cueKind(at: index) else { return true }
        if grammar.isNoun(index) || isNaming(index) || isReducedRelative(index) { return true }
        // The source before a cue is never inside a quotation ("„… knapp“, sagte er").
        let before = sourceBefore(cue: index).flatMap { grammar.quotation(containing: $0.lowerBound) == nil ? $0 : nil }
        let beforeIsName = before.map { text.tokens[$0.lowerBound].isCapitalized || $0.count == 1 } ?? false
        // A name before the cue is its source whatever follows the cue, unless, outside English,
        // the cue follows a comma and its inverted source closes the sentence ("…, em Serra
        // Alta, informou a Defesa Civil.", "…, poinformowała Państwowa Straż Pożarna."): English
        // puts an object there ("Doe, its chair, announced plans to merge.").
        let followsComma = text.language != .english && index > 0 && text.tokens[index - 1].isPunctuation(",")
        let inverted = beforeIsName && !followsComma ? nil : invertedSource(cue: index, kind: kind)
        let invertedClosesSentence =
            inverted.map { $0.upperBound + 1 >= text.tokens.count || text.endsSentence($0.upperBound + 1) } ?? false
        let takesBefore = beforeIsName && !(followsComma && invertedClosesSentence)
        if let source = takesBefore ? before : inverted ?? before,
            !isNested(source: source, after: scan.found.last), !repeatsSource(source, of: scan.found.last),
            !isClauseAfterThat(source: source, kind: kind, cue: index, nextQuotation: scan.nextQuotation)
        {
            scan.found.append(FoundAttribution(cue: index...index, source: source, kind: kind))
        } else if before == nil, inverted == nil, dropsSubject(cue: index, kind: kind) {
            scan.found.append(FoundAttribution(cue: index...index, source: nil, kind: kind))
        }
        return true
    }

    /// The kind of cue the word at `index` is, if it is one.
    func cueKind(at index: Int) -> ReportingVerbs.Kind? {
        text.tokens[index].kind == .word ? text.tokens[index].info.cue : nil
    }
}
