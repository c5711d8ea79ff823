/// Rules for speakers that introduce a quote without a known reporting verb: after the quote
/// in any word order ("«…», bromeó Julián Royo", "«…», sourit la quinquagénaire", "„…“, so
/// Betriebsrat Ulf Dammann") and before a colon that opens it ("Elle nuance : « … »", "Le
/// maire, Thierry Casals, a réagi : « … »", "Dev Patel, Fratton: ‘…’").
extension AttributionFinder {
    /// Clitics between a quote and its verb ("«…», se quejó") or between the verb and its
    /// subject ("„…” – śmieje się Ola"), skipped.
    static let cliticKeys = WordKeySet(words: ["se", "si", "się", "sich", "s'"])

    /// The verb and speaker right after the quotation that ends at `quote`, in a language other
    /// than English: "»/«, verb Name" or "», verb the role" (the verb may be any lower-case
    /// word: the quote's position makes it a report), or "”, so Name" (German).
    func invertedTag(after quote: Int) -> (cue: Int, source: ClosedRange<Int>)? {
        guard text.language != .english, quote > 0, text.tokens[quote].kind == .quoteMark else { return nil }
        var verb = quote + 1
        while verb < text.tokens.count, text.tokens[verb].isPunctuation(",") || grammar.isDash(verb) { verb += 1 }
        guard verb > quote + 1 || text.tokens[quote - 1].isPunctuation(","), verb + 1 < text.tokens.count else {
            return nil
        }
        if Self.cliticKeys.contains(text.tokens[verb].key), text.tokens[verb].kind == .word { verb += 1 }
        // A compound past: the participle is the verb ("», a objecté le conseiller", "», ha
        // attaccato il capogruppo"), not a pronoun after the auxiliary ("a-t-il").
        if text.isWord(verb, .auxiliary), isVerbAfterQuote(verb + 1) { verb += 1 }
        guard verb + 1 < text.tokens.count, isVerbAfterQuote(verb) else { return nil }
        // A clitic may also follow the verb ("– śmieje się Ola", "– skarży się emeryt Adam Lis"),
        // and a word of time or manner ("», confidò allora lei").
        var first =
            Self.cliticKeys.contains(text.tokens[verb + 1].key) && text.tokens[verb + 1].kind == .word
            ? verb + 2 : verb + 1
        while first < text.tokens.count, first - verb <= 2, text.isWord(first, .skippable),
            !text.isWord(first, .boundary)
        {
            first += 1
        }
        guard first < text.tokens.count else { return nil }
        let source: ClosedRange<Int>
        if text.isWord(first, .personPronoun) {
            // A pronoun right after the verb is its subject whatever follows ("», diceva lei
            // ridendo"), unless a verb comes next ("», avait-il déclaré": the cue is that verb).
            guard first + 1 < text.tokens.count, text.tokens[first + 1].info.cue == nil else { return nil }
            return (verb, first...first)
        } else if text.isNameWord(first) || text.isWord(first, .title) || RoleWords.isRole(first, in: text) {
            source = grammar.nameAfter(first)
        } else if text.isWord(first, .determiner) || text.hasElidedArticle(first),
            let phrase = grammar.phraseAfter(first, inverted: true)
        {
            source = withApposition(phrase)
            // After a verb no table lists, an elided article opens a person only with a name
            // or a role in the phrase ("», soupire l’un d’eux, Jean-Luc Mathy"), not a time
            // ("», diffusé l’an dernier").
            if !text.isWord(first, .determiner), text.tokens[verb].info.cue == nil,
                !source.contains(where: { text.isNameWord($0) || RoleWords.isRole($0, in: text) })
            {
                return nil
            }
        } else {
            return nil
        }
        return grammar.endsClause(after: source.upperBound) ? (verb, source) : nil
    }

    /// Whether the word at `index` can be the verb of a tag after a quotation: a lower-case word
    /// that is a cue of any kind (right after a quote "», a défendu X" reports speech), a word
    /// listed for that place, or any content word.
    private func isVerbAfterQuote(_ index: Int) -> Bool {
        guard index < text.tokens.count, text.tokens[index].kind == .word, !text.tokens[index].isCapitalized else {
            return false
        }
        return text.isWord(index, .afterQuoteCue) || text.isContentWord(index) || text.tokens[index].info.cue != nil
    }

    /// The speaker of a quote that a colon opens, when no cue of the sentence has one: the
    /// subject of the sentence, or its first name ("Le maire, Thierry Casals, a réagi : «"),
    /// or, in a language that drops subjects, nobody named (the person spoken of last). The cue
    /// is the word before the colon, or the colon. A headline's colon introduces no one
    /// ("A lesson from Loretta Lynch: ‘…’").
    func colonIntroduction(colon index: Int, after previous: FoundAttribution?) -> FoundAttribution? {
        // The quote may open the next paragraph ("…, she wrote:¶¶“…”").
        let opening = index + 1 < text.tokens.count && text.tokens[index + 1].kind == .lineBreak ? index + 2 : index + 1
        guard text.tokens[index].isPunctuation(":"), index > 0, opening < text.tokens.count,
            text.tokens[opening].kind == .quoteMark, index > text.headlineEnd() ?? -1
        else { return nil }
        var start = index
        while start > 0, index - start < Self.maximumAppositionTokens, !grammar.opensSentence(after: start - 1),
            text.tokens[start - 1].kind != .lineBreak
        {
            start -= 1
        }
        // A page label anywhere in a line that a quote follows marks page furniture ("Read more:
        // “…”"); across a paragraph break only the line's first words are read for it ("…, read
        // from a letter she had written to him:").
        guard start < index,
            !isPageLabel(opening == index + 1 ? start...(index - 1) : start...min(start + 1, index - 1))
        else { return nil }
        if let previous, previous.cue.upperBound >= start { return nil }
        let introduction = introducedSpeaker(start: start, colon: index)
        guard opening > index + 1, let found = introduction, let source = found.source, !isPersonMention(source)
        else { return introduction }
        // Across a paragraph break only a person introduces: a name of two words or more or a
        // personal pronoun ("Partial transcript follows:", "The rationale:" are no one), else
        // the sentence's first full name ("Dyrektor teatru Michał Kowalewski, …, tak ją wspomina:").
        guard let name = (start..<found.cue.lowerBound).first(where: { text.isNameWord($0) && text.isNameWord($0 + 1) })
        else { return nil }
        return FoundAttribution(cue: found.cue, source: grammar.nameAfter(name), kind: .speech)
    }

    /// Whether `range` names a person the way an introduction across a paragraph does: two
    /// words or more with a name among them, or a personal pronoun.
    private func isPersonMention(_ range: ClosedRange<Int>) -> Bool {
        range.count == 1 ? text.isWord(range.lowerBound, .personPronoun) : range.contains { text.isNameWord($0) }
    }

    /// The speaker of the sentence from `start` to the colon at `index`, and the cue.
    private func introducedSpeaker(start: Int, colon index: Int) -> FoundAttribution? {
        let cue = text.tokens[index - 1].kind == .word && !text.tokens[index - 1].isCapitalized ? index - 1 : index
        // A list of voices, a line each: "Dev Patel, Fratton: ‘…’" (names and places only).
        if start == 0 || text.tokens[start - 1].kind == .lineBreak, text.isNameWord(start),
            (start..<index).allSatisfy({ text.isNameWord($0) || text.tokens[$0].isPunctuation(",") })
        {
            return FoundAttribution(cue: index...index, source: grammar.nameAfter(start), kind: .speech)
        }
        if let subject = subjectOfSentence(before: index), subject.lowerBound >= start, subject.upperBound < cue {
            return FoundAttribution(cue: cue...cue, source: subject, kind: .speech)
        }
        if let name = (start..<cue).first(where: { text.isNameWord($0) && !(start == $0 && !text.isNameWord($0 + 1)) })
        {
            return FoundAttribution(cue: cue...cue, source: grammar.nameAfter(name), kind: .speech)
        }
        return text.language.reading { $0.dropsSubjects } && cue < index
            ? FoundAttribution(cue: cue...cue, source: nil, kind: .speech) : nil
    }
}
