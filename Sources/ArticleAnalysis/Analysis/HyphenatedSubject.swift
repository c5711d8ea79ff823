/// Reads a verb and the pronoun hyphenated after it as two words: a French inverted subject
/// ("explique-t-elle", "dit-il", "a-t-on"), so that the finders see "», explique elle" as a cue
/// and its subject whatever the verb, or a Portuguese object ("respondeu-me", "queixou-se"), so
/// that the verb is read as the cue it is.
///
/// The scanner keeps a hyphen between letters inside one word ("porte-parole"); this pass,
/// once the language is known, cuts the words that end in one of the language's
/// `hyphenatedPronouns` (after a hyphen, or after the euphonic "-t-").
enum HyphenatedSubject {
    /// Cuts such words of `tokens` in two, moving the quote-mark and line-break entries and the
    /// word count with them; changes nothing in a language without hyphenated pronouns.
    static func split(
        _ tokens: inout [Token], entries: inout [QuoteOrBreak], wordCount: inout Int, utf8: [UInt8],
        language: Language
    ) {
        let pronouns = language.words.hyphenatedPronouns.split(separator: " ").map { Array($0.utf8) }
        guard !pronouns.isEmpty else { return }
        var cuts: [(index: Int, stemEnd: Int, pronoun: [UInt8])] = []
        for (index, token) in tokens.enumerated() where token.kind == .word {
            if let cut = cut(token, pronouns: pronouns, utf8: utf8) { cuts.append((index, cut.stemEnd, cut.pronoun)) }
        }
        guard !cuts.isEmpty else { return }
        let lexicon = Lexicon.of(language)
        var split: [Token] = []
        split.reserveCapacity(tokens.count + cuts.count)
        var next = 0
        for cut in cuts {
            split += tokens[next..<cut.index]
            let token = tokens[cut.index]
            let cutLength = token.byteEnd - cut.stemEnd
            let stemKey = WordHash.of(String(decoding: utf8[token.byteStart..<cut.stemEnd], as: UTF8.self))
            // The part cut off is ASCII: as many scalars as bytes.
            split.append(
                Token(
                    start: token.start, end: token.end - cutLength, byteStart: token.byteStart,
                    byteEnd: cut.stemEnd, kind: .word, isCapitalized: token.isCapitalized, key: stemKey,
                    info: lexicon.info(stemKey)))
            let pronounKey = WordHash.of(String(decoding: cut.pronoun, as: UTF8.self))
            split.append(
                Token(
                    start: token.end - cut.pronoun.count, end: token.end, byteStart: token.byteEnd - cut.pronoun.count,
                    byteEnd: token.byteEnd, kind: .word, isCapitalized: false, key: pronounKey,
                    info: lexicon.info(pronounKey)))
            next = cut.index + 1
        }
        split += tokens[next...]
        tokens = split
        // Each entry moves by the cuts before it, each of which added a word.
        var passed = 0
        for index in entries.indices {
            while passed < cuts.count, cuts[passed].index < Int(entries[index].token) { passed += 1 }
            entries[index].token += Int32(passed)
            entries[index].wordsBefore += Int32(passed)
        }
        wordCount += cuts.count
    }

    /// Where the verb of `token` ends and which pronoun follows it, when the word ends in a
    /// hyphen (or "-t-") and one of `pronouns`, after a verb of at least one letter.
    private static func cut(_ token: Token, pronouns: [[UInt8]], utf8: [UInt8]) -> (stemEnd: Int, pronoun: [UInt8])? {
        let hyphen = UInt8(ascii: "-")
        for pronoun in pronouns {
            var stemEnd = token.byteEnd - pronoun.count - 1
            guard stemEnd > token.byteStart, utf8[stemEnd] == hyphen,
                utf8[(stemEnd + 1)..<token.byteEnd].elementsEqual(pronoun)
            else { continue }
            if stemEnd - 2 > token.byteStart, utf8[stemEnd - 1] == UInt8(ascii: "t"), utf8[stemEnd - 2] == hyphen {
                stemEnd -= 2
            }
            return (stemEnd, pronoun)
        }
        return nil
    }
}
