/// Finds quotations, attributions and bylines in article text.
///
/// Entry point of the analyser; every offset it returns is in Unicode scalars over `text`.
/// The work is one scan into tokens (`TextScanner`), then passes over the tokens: quote marks
/// are paired (`QuoteFinder`), cues and sources found (`AttributionFinder`), quotes linked to
/// their attributions and names resolved (`SpeakerResolver`), bylines read (`BylineFinder`).
public enum QuoteAnalyzer {
    /// Bumped whenever the analyser's output changes, so stored annotations get refreshed.
    public static let version = 13

    /// Annotates `text`: whole, or a window at a time when it is longer than any article
    /// (`AnalysisWindow`), in the language of its first window.
    public static func annotate(_ text: String) -> Annotations {
        var annotations: Annotations?
        AnalysisWindow.forEach(in: text) { window in
            let part = annotate(TokenText(text: window.text, continuing: annotations?.language))
            if annotations == nil {
                annotations = part
            } else {
                annotations?.append(part, shiftedBy: window.scalarOffset)
            }
        }
        return annotations ?? Annotations()
    }

    /// Annotates one scanned text.
    private static func annotate(_ scanned: consuming TokenText) -> Annotations {
        var tokenText = scanned
        let pieces = QuoteFinder.pieces(in: tokenText)
        tokenText.markQuoteMarks(of: pieces)
        var quotations = pieces.map { $0.firstToken...$0.lastToken }
        if tokenText.hasDoubledApostrophes {
            quotations += tokenText.typewriterQuotes
            quotations.sort { $0.lowerBound < $1.lowerBound }
        }
        let found = AttributionFinder(text: tokenText, quotations: quotations).attributions()
        let (resolved, sourceNames) = SpeakerResolver(text: tokenText, pieces: pieces, attributions: found).resolve()

        var annotations = Annotations()
        annotations.language = tokenText.language
        annotations.quotes.reserveCapacity(resolved.count)
        annotations.attributions.reserveCapacity(found.count + resolved.count)
        var direct = [Bool](repeating: false, count: found.count)
        for quote in resolved {
            let quoted = quote.piece.quotedTokens
            let span = tokenText.span(quoted.lowerBound, quoted.upperBound)
            guard quote.isSpeech else {
                annotations.quotedPhrases.append(span)
                continue
            }
            if tokenText.language == .japanese,
                let speaker = JapaneseQuotatives.speaker(
                    of: quote.piece, in: tokenText, previous: annotations.quotes.last?.speakerName)
                    ?? JapaneseQuotatives.introducedSpeaker(of: quote.piece, in: tokenText)
            {
                annotations.quotes.append(
                    Quote(span: span, speaker: speaker.mention, speakerName: speaker.name, cue: speaker.cue))
                annotations.attributions.append(
                    Attribution(kind: .direct, source: speaker.mention, sourceName: speaker.name, cue: speaker.cue))
                continue
            }
            if tokenText.language == .japanese, quote.isAnswer, quote.speakerName == nil {
                // An interview's answer, when no name is read for the interviewee: the person
                // who spoke last before (Japanese speakers are read here, not by the resolver).
                annotations.quotes.append(
                    Quote(span: span, speaker: nil, speakerName: annotations.quotes.last?.speakerName))
                continue
            }
            if let attribution = quote.attribution { direct[attribution] = true }
            let cue = quote.attribution.map { found[$0].cue }
            annotations.quotes.append(
                Quote(
                    span: span, speaker: quote.speaker.map { tokenText.span($0.lowerBound, $0.upperBound) },
                    speakerName: quote.speakerName, cue: cue.map { tokenText.span($0.lowerBound, $0.upperBound) }))
        }
        for (index, attribution) in found.enumerated() {
            annotations.attributions.append(
                Attribution(
                    kind: direct[index] ? .direct : .indirect,
                    source: attribution.source.map { tokenText.span($0.lowerBound, $0.upperBound) },
                    sourceName: sourceNames[index],
                    cue: tokenText.span(attribution.cue.lowerBound, attribution.cue.upperBound)))
        }
        if tokenText.language == .japanese {
            for (source, cue) in JapaneseQuotatives.accordingTo(in: tokenText) {
                annotations.attributions.append(Attribution(kind: .indirect, source: source, cue: cue))
            }
            // The topic of a sentence that reports is its speaker, named as a quote's speaker is.
            for (source, cue) in JapaneseQuotatives.reportedSpeech(in: tokenText) {
                annotations.attributions.append(
                    Attribution(
                        kind: .indirect, source: source, sourceName: JapaneseQuotatives.name(of: source.text), cue: cue)
                )
            }
            annotations.attributions.sort { ($0.cue?.start ?? 0) < ($1.cue?.start ?? 0) }
        }
        annotations.bylines = BylineFinder.bylines(in: tokenText)
        return annotations
    }
}
