/// Links each quoted piece to the attribution that introduces it, tells speech from quoted
/// titles and scare quotes, and resolves every source to a name where the article gives one.
///
/// A quote takes the attribution right after it (`,” he said`) or right before it
/// (`Doe said: “`), else one elsewhere in its sentence; a quote without one (a floating quote,
/// or the second half of a split quote) takes the previous quote's speaker when that is in the
/// same or the previous paragraph, else the latest source of the previous paragraphs. In an
/// interview (`InterviewShape`), an answer takes the interviewee.
struct SpeakerResolver {
    /// A quoted piece with what the resolver decided.
    struct ResolvedQuote {
        var piece: QuoteFinder.Piece
        /// Whether it is speech or writing of someone (else a title or scare quote).
        var isSpeech: Bool
        /// Index into the attributions of the one that introduces it.
        var attribution: Int?
        /// The speaker mention, in tokens.
        var speaker: ClosedRange<Int>?
        var speakerName: String?
        /// Whether it answers a question of an interview (`InterviewShape`).
        var isAnswer = false
    }

    let text: TokenText
    let pieces: [QuoteFinder.Piece]
    let attributions: [FoundAttribution]

    /// How far a search for a quote's attribution reaches within its sentence.
    static let sentenceReach = 60
    /// The most words of a quoted name after an article ("a “red flag” warning").
    static let namedThingWords = 3

    /// The resolved quotes (one per piece) and the resolved names of the attributions.
    func resolve() -> (quotes: [ResolvedQuote], sourceNames: [String?]) {
        var cueAt = [Int32](repeating: -1, count: text.tokens.count)
        for (index, attribution) in attributions.enumerated() { cueAt[attribution.cue.lowerBound] = Int32(index) }
        let linked = pieces.map { link($0, cueAt: cueAt) }
        var discourse = Discourse(
            text: text, attributions: attributions, quotations: pieces.map { $0.firstToken...$0.lastToken })
        var resolved: [ResolvedQuote] = []
        resolved.reserveCapacity(pieces.count)
        // The speaker of the last quote: a mention, or only a name (a verb without its subject).
        var lastSpeaker: LastSpeaker?

        let headlineEnd = text.headlineEnd() ?? -1
        let interview = InterviewShape(
            text: text, pieces: pieces, attributions: linked.map(\.0), headlineEnd: headlineEnd)
        var interviewee: String??
        for (pieceIndex, piece) in pieces.enumerated() {
            var quote = ResolvedQuote(piece: piece, isSpeech: false, attribution: nil, speaker: nil, speakerName: nil)
            let (attribution, isAdjacent) = linked[pieceIndex]
            let inChain =
                piece.continuesPrevious || (pieceIndex + 1 < pieces.count && pieces[pieceIndex + 1].continuesPrevious)
            if isStageDirection(piece) {
                quote.isSpeech = false
            } else if inChain || piece.isDialogue {
                quote.isSpeech = true
            } else if !piece.isClosed {
                quote.isSpeech = false
            } else if interview.answers.contains(pieceIndex) {
                // An interview's answer is the interviewee's speech.
                quote.isSpeech = true
                quote.isAnswer = true
            } else if piece.lastToken < headlineEnd {
                // A headline quotes in shorthand, and the article says it again in full.
                quote.isSpeech = isAdjacent
            } else {
                let embedded = piece.firstToken > 0 && text.tokens[piece.firstToken - 1].kind == .word
                if isAdjacent, !embedded {
                    quote.isSpeech = !isNameInSentence(piece)
                } else {
                    let shape = QuotationShape(of: piece, in: text)
                    // A title inside a sentence stays a title next to a cue ("on CBS’s “Face the
                    // Nation,” Doe said").
                    let isTitle = shape.isTitleLike && shape.words <= QuotationShape.titleWords
                    // A few words after an article name a thing ("issued a “red flag” warning").
                    let isNamedThing =
                        embedded && text.isWord(piece.firstToken - 1, .article) && !shape.endsWithPunctuation
                        && shape.words <= Self.namedThingWords
                    quote.isSpeech =
                        !isNamedThing
                        && ((isAdjacent && !isTitle) || followsColon(piece)
                            || shape.readsAsSpeech(embedded: embedded, attributed: attribution != nil))
                }
            }
            let pieceLine = discourse.line(of: piece.firstToken)
            if let attribution, quote.isSpeech {
                // A verb without its subject ("«…», afirmó.") gives a name and no mention.
                discourse.advance(to: attributions[attribution].cue.lowerBound + 1)
                quote.attribution = attribution
                quote.speaker = attributions[attribution].source
                quote.speakerName = discourse.sourceNames[attribution]
            } else if quote.isSpeech {
                discourse.advance(to: piece.firstToken)
                if interview.answers.contains(pieceIndex), let subject = interview.subject {
                    if interviewee == nil {
                        interviewee =
                            discourse.names.resolve(subject) ?? text.text(subject.lowerBound, subject.upperBound)
                    }
                    quote.speakerName = interviewee ?? nil
                } else if interview.answers.contains(pieceIndex) {
                    // No name to be read for the interviewee: the person who spoke last before.
                    quote.speakerName = lastSpeaker?.name
                } else if let source = discourse.lastSource, source.line == pieceLine, source.name != nil,
                    text.tokens[source.mention.upperBound].isCapitalized, let previous = lastSpeaker,
                    previous.line < pieceLine, source.mention.lowerBound > previous.end
                {
                    // A person named in this paragraph, after the last quote of an earlier one,
                    // speaks this one ("Burgemeester Brouwer noemt het 'een wonder'. 'Dit soort
                    // criminelen …'").
                    quote.speaker = source.mention
                    quote.speakerName = source.name
                } else if let previous = lastSpeaker, pieceLine - previous.line <= 1 {
                    quote.speaker = previous.mention
                    quote.speakerName = previous.name
                    quote.attribution = previous.attribution
                } else if let source = discourse.lastSource, pieceLine - source.line <= 1 {
                    quote.speaker = source.mention
                    quote.speakerName = source.name
                }
            }
            if quote.isSpeech, quote.speaker != nil || quote.speakerName != nil {
                lastSpeaker = LastSpeaker(
                    mention: quote.speaker, name: quote.speakerName, line: discourse.line(of: piece.lastToken),
                    attribution: quote.attribution, end: piece.lastToken)
            }
            resolved.append(quote)
        }
        discourse.advance(to: text.tokens.count)
        shareSpeakersWithinQuotations(&resolved)
        return (resolved, discourse.sourceNames)
    }

    /// The speaker of the last quote: a mention, or only a name (a verb without its subject),
    /// the line the quote ends on and its last token. A struct, not a tuple: an optional tuple
    /// of these members is copied and destroyed through run-time type metadata.
    private struct LastSpeaker {
        var mention: ClosedRange<Int>?
        var name: String?
        var line: Int
        var attribution: Int?
        var end: Int
    }

    /// The latest source read, its resolved name and its line.
    private struct LastSource {
        var mention: ClosedRange<Int>
        var name: String?
        var line: Int
    }

    /// The attributions read so far, in text order, with their resolved names, the latest
    /// source, and the line (paragraph) count up to a token.
    private struct Discourse {
        let text: TokenText
        let attributions: [FoundAttribution]
        var names: NameIndex
        var sourceNames: [String?]
        var nextAttribution = 0
        var lastSource: LastSource?
        private var lines = 0
        /// The text's quote marks and line breaks, read once (the text keeps them behind a
        /// reference, and each read from it would retain them).
        private let entries: [QuoteOrBreak]
        /// How many of `entries` are counted in `lines` (the line breaks among them).
        private var entriesCounted = 0

        init(text: TokenText, attributions: [FoundAttribution], quotations: [ClosedRange<Int>]) {
            self.text = text
            self.attributions = attributions
            entries = text.quotesAndBreaks
            names = NameIndex(text: text, quotations: quotations)
            sourceNames = [String?](repeating: nil, count: attributions.count)
        }

        /// The number of line breaks before `token` (never less than an earlier answer), read
        /// from the text's list of quote marks and line breaks.
        mutating func line(of token: Int) -> Int {
            while entriesCounted < entries.count, Int(entries[entriesCounted].token) < token {
                if text.tokens[Int(entries[entriesCounted].token)].kind == .lineBreak { lines += 1 }
                entriesCounted += 1
            }
            return lines
        }

        /// Reads, in order, every attribution whose cue starts before `token`.
        mutating func advance(to token: Int) {
            while nextAttribution < attributions.count, attributions[nextAttribution].cue.lowerBound < token {
                let attribution = attributions[nextAttribution]
                if let source = attribution.source {
                    let name = names.resolve(source)
                    sourceNames[nextAttribution] = name
                    lastSource = LastSource(mention: source, name: name, line: line(of: attribution.cue.lowerBound))
                } else if attribution.kind == .speech {
                    sourceNames[nextAttribution] = names.droppedSubject(atCue: attribution.cue.lowerBound)
                }
                nextAttribution += 1
            }
        }
    }

    /// Gives every piece of a multi-paragraph quotation the speaker of its attributed piece
    /// (usually the last: "“…\n“…,” he said"), so the whole quotation has one speaker.
    func shareSpeakersWithinQuotations(_ quotes: inout [ResolvedQuote]) {
        var first = 0
        while first < quotes.count {
            var last = first
            while last + 1 < quotes.count, quotes[last + 1].piece.continuesPrevious { last += 1 }
            if last > first, let source = (first...last).last(where: { quotes[$0].attribution != nil }) {
                for index in first...last where index != source {
                    quotes[index].attribution = quotes[source].attribution
                    quotes[index].speaker = quotes[source].speaker
                    quotes[index].speakerName = quotes[source].speakerName
                }
            }
            first = last + 1
        }
    }

    /// The attribution of `piece` within its sentence and whether it sits right next to it.
    func link(_ piece: QuoteFinder.Piece, cueAt: [Int32]) -> (Int?, Bool) {
        var after: Int?
        var index = piece.lastToken + 1
        // After “… end.” a new sentence starts: only “….” Doe said (source first) still attributes.
        let sentenceClosed =
            piece.isClosed && piece.lastToken > 0 && text.tokens[piece.lastToken - 1].isPunctuation(".")
            && index < text.tokens.count && text.tokens[index].isCapitalized
        while index < text.tokens.count, index - piece.lastToken <= Self.sentenceReach {
            let token = text.tokens[index]
            if token.kind == .quoteMark || token.kind == .lineBreak { break }
            if cueAt[index] >= 0, let source = anchor(of: attributions[Int(cueAt[index])]),
                source.lowerBound > piece.lastToken, !sentenceClosed || source.lowerBound == piece.lastToken + 1
            {
                after = Int(cueAt[index])
                break
            }
            if text.endsSentence(index) { break }
            index += 1
        }
        if let after {
            let attribution = attributions[after]
            let nearest = min(attribution.cue.lowerBound, attribution.source?.lowerBound ?? Int.max)
            if attribution.kind != .stance, onlyPunctuation(between: piece.lastToken, and: nearest) {
                return (after, true)
            }
        }
        var before: Int?
        index = piece.firstToken - 1
        while index >= 0, piece.firstToken - index <= Self.sentenceReach {
            let token = text.tokens[index]
            if token.kind == .lineBreak || text.endsSentence(index) { break }
            if cueAt[index] >= 0, anchor(of: attributions[Int(cueAt[index])]) != nil {
                before = Int(cueAt[index])
                break
            }
            index -= 1
        }
        if let before {
            let attribution = attributions[before]
            let farthest = max(attribution.cue.upperBound, attribution.source?.upperBound ?? 0)
            // A source after the piece makes it part of the attribution (a quoted title between a
            // verb and its subject), not a quotation it introduces.
            if attribution.kind != .stance, farthest < piece.firstToken,
                onlyPunctuation(between: farthest, and: piece.firstToken)
            {
                return (before, true)
            }
        }
        if let after { return (after, false) }
        if let before { return (before, false) }
        if let colon = introducingColon(of: piece, cueAt: cueAt) { return (colon, true) }
        return (nil, false)
    }

    /// The last attribution of the previous paragraph when that paragraph ends with a colon
    /// and `piece` opens the next one.
    func introducingColon(of piece: QuoteFinder.Piece, cueAt: [Int32]) -> Int? {
        let first = piece.firstToken
        guard first >= 2, text.tokens[first - 1].kind == .lineBreak, text.tokens[first - 2].isPunctuation(":")
        else { return nil }
        var index = first - 3
        while index >= 0, first - index <= Self.sentenceReach, text.tokens[index].kind != .lineBreak {
            if cueAt[index] >= 0, attributions[Int(cueAt[index])].source != nil { return Int(cueAt[index]) }
            index -= 1
        }
        return nil
    }

    /// Whether the piece is a name in quote marks that its sentence goes on from, a title-like
    /// piece followed by a lower-case word that is no cue ("По словам руководителя, «Журавушка»
    /// выступит …", "the choir «Aurora» sings"): no speech even next to an attribution.
    func isNameInSentence(_ piece: QuoteFinder.Piece) -> Bool {
        let after = piece.lastToken + 1
        guard piece.isClosed, after < text.tokens.count, text.tokens[after].kind == .word,
            !text.tokens[after].isCapitalized, text.tokens[after].info.cue == nil
        else { return false }
        let shape = QuotationShape(of: piece, in: text)
        return shape.isTitleLike && shape.words <= QuotationShape.titleWords && !shape.endsWithPunctuation
    }

    /// Whether the piece holds only a bracket: a stage direction in a transcript ("(CROSSTALK.)",
    /// "[APPLAUSE]"), nobody's words.
    func isStageDirection(_ piece: QuoteFinder.Piece) -> Bool {
        let first = piece.firstToken + 1
        var last = piece.isClosed ? piece.lastToken - 1 : piece.lastToken
        guard first < last, text.tokens[first].isPunctuation("(") || text.tokens[first].isPunctuation("[") else {
            return false
        }
        if text.tokens[last].isPunctuation("."), last - 1 > first { last -= 1 }
        guard text.tokens[last].isPunctuation(")") || text.tokens[last].isPunctuation("]") else { return false }
        return !text.tokens[(first + 1)..<last].contains { $0.isPunctuation(")") || $0.isPunctuation("]") }
    }

    /// Where an attribution can be linked to a quote from: its source, or the cue of a speech
    /// verb without its subject; `nil` when it has neither (an "according to" without a source).
    func anchor(of attribution: FoundAttribution) -> ClosedRange<Int>? {
        attribution.source ?? (attribution.kind == .speech ? attribution.cue : nil)
    }

    /// Whether the piece directly follows a colon ("one message: “Dump Trump.”").
    func followsColon(_ piece: QuoteFinder.Piece) -> Bool {
        piece.firstToken > 0 && text.tokens[piece.firstToken - 1].isPunctuation(":")
    }

    /// Whether only punctuation and auxiliaries ("a dit", "hat gesagt") lie strictly between
    /// tokens `first` and `last`.
    func onlyPunctuation(between first: Int, and last: Int) -> Bool {
        guard last - first > 1 else { return true }
        return ((first + 1)..<last).allSatisfy {
            text.tokens[$0].kind == .punctuation || text.isWord($0, .auxiliary)
                || (text.isWord($0, .skippable) && !text.isWord($0, .boundary))
        }
    }
}
