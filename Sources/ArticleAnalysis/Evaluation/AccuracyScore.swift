/// Scores predicted annotations against gold ones, with exactly the matching rules of the
/// reference scorer (`score-quotes`, described in `quotes-eval.md`).
///
/// - quotes: a prediction matches the first unused gold *direct* quote when their overlap
///   (whitespace trimmed) covers at least 80% of both; unmatched predictions overlapping a
///   gold *mixed* quote are ignored, other ones are false positives.
/// - speaker: of matched quotes whose gold has a speaker, those whose predicted speaker span
///   overlaps the gold source span, or whose speaker text and name share a word (no pronoun,
///   two letters or more) with the gold speaker text and resolved name.
/// - sources: distinct gold source spans against distinct predicted speaker and source spans,
///   both sorted, matched greedily when the overlap covers half of the shorter span.
public struct AccuracyScore: Sendable, Equatable {
    public var documents = 0
    public var quoteTruePositives = 0
    public var quoteFalsePositives = 0
    public var quoteFalseNegatives = 0
    public var ignoredInMixed = 0
    public var speakersChecked = 0
    public var speakersCorrect = 0
    public var sourceTruePositives = 0
    public var sourcesPredicted = 0
    public var sourcesGold = 0

    /// Words that never count as a shared speaker word.
    static let stopWords: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "the", "a", "an",
        "of", "and", "mr", "mrs", "ms", "dr", "said", "says",
    ]

    public init() {}

    /// Adds one document: its gold annotations and the predicted ones.
    public mutating func add(gold: GoldArticle, predicted: Annotations) {
        documents += 1
        let scalars = Array(gold.text.unicodeScalars)
        let direct = gold.quotes.filter { $0.kind == .direct }
        let mixed = gold.quotes.filter { $0.kind == .mixed }.map { ($0.start, $0.end) }
        var used = Set<Int>()
        for quote in predicted.quotes {
            let predictedSpan = Self.trimmed(quote.span.start, quote.span.end, in: scalars)
            let match = direct.indices.first { index in
                guard !used.contains(index) else { return false }
                let goldSpan = Self.trimmed(direct[index].start, direct[index].end, in: scalars)
                let overlap = Double(Self.overlap(predictedSpan, goldSpan))
                return overlap >= 0.8 * Double(goldSpan.1 - goldSpan.0)
                    && overlap >= 0.8 * Double(predictedSpan.1 - predictedSpan.0)
            }
            guard let match else {
                if mixed.contains(where: { Self.overlap(predictedSpan, $0) > 0 }) {
                    ignoredInMixed += 1
                } else {
                    quoteFalsePositives += 1
                }
                continue
            }
            used.insert(match)
            quoteTruePositives += 1
            scoreSpeaker(of: quote, against: direct[match])
        }
        quoteFalseNegatives += direct.count - used.count
        scoreSources(gold: gold, predicted: predicted)
    }

    private mutating func scoreSpeaker(of quote: Quote, against gold: GoldArticle.GoldQuote) {
        guard !(gold.speakerText ?? "").isEmpty || !(gold.speakerResolved ?? "").isEmpty else { return }
        speakersChecked += 1
        if let predicted = quote.speaker, let goldSpan = gold.speakerSpan,
            Self.overlap((predicted.start, predicted.end), goldSpan) > 0
        {
            speakersCorrect += 1
            return
        }
        let predictedWords = Self.words(quote.speaker?.text, quote.speakerName)
        if !predictedWords.isDisjoint(with: Self.words(gold.speakerText, gold.speakerResolved)) {
            speakersCorrect += 1
        }
    }

    private mutating func scoreSources(gold: GoldArticle, predicted: Annotations) {
        var goldSet = Set<Pair>()
        for quote in gold.quotes {
            if let span = quote.speakerSpan { goldSet.insert(Pair(start: span.start, end: span.end)) }
        }
        var predictedSet = Set<Pair>()
        for quote in predicted.quotes {
            if let speaker = quote.speaker { predictedSet.insert(Pair(start: speaker.start, end: speaker.end)) }
        }
        for attribution in predicted.attributions {
            if let source = attribution.source { predictedSet.insert(Pair(start: source.start, end: source.end)) }
        }
        sourcesGold += goldSet.count
        sourcesPredicted += predictedSet.count
        let goldSorted = goldSet.sorted()
        var taken = Set<Pair>()
        for span in predictedSet.sorted() {
            for goldSpan in goldSorted where !taken.contains(goldSpan) {
                let shorter = max(1, min(span.end - span.start, goldSpan.end - goldSpan.start))
                if Double(Self.overlap((span.start, span.end), (goldSpan.start, goldSpan.end))) >= 0.5 * Double(shorter)
                {
                    taken.insert(goldSpan)
                    sourceTruePositives += 1
                    break
                }
            }
        }
    }

    /// A span as a sortable pair (start first, then end), like the reference's tuples.
    struct Pair: Hashable, Comparable {
        var start: Int
        var end: Int

        static func < (lhs: Pair, rhs: Pair) -> Bool {
            (lhs.start, lhs.end) < (rhs.start, rhs.end)
        }
    }

    static func overlap(_ a: (Int, Int), _ b: (Int, Int)) -> Int {
        max(0, min(a.1, b.1) - max(a.0, b.0))
    }

    /// The span without leading and trailing white space (Python's `str.isspace`).
    static func trimmed(_ start: Int, _ end: Int, in scalars: [Unicode.Scalar]) -> (Int, Int) {
        var start = max(0, start)
        var end = min(end, scalars.count)
        while start < end, isPythonSpace(scalars[start]) { start += 1 }
        while end > start, isPythonSpace(scalars[end - 1]) { end -= 1 }
        return (start, end)
    }

    static func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        (0x1C...0x1F).contains(scalar.value) || scalar.properties.isWhitespace
    }

    /// The lower-cased words of `texts` (letters, digits, `_`) that are longer than one
    /// scalar and no stop word.
    static func words(_ texts: String?...) -> Set<String> {
        var words = Set<String>()
        for text in texts {
            guard let text else { continue }
            var current = String.UnicodeScalarView()
            for scalar in text.lowercased().unicodeScalars {
                if isWordScalar(scalar) {
                    current.append(scalar)
                } else {
                    insert(current, into: &words)
                    current = String.UnicodeScalarView()
                }
            }
            insert(current, into: &words)
        }
        return words
    }

    private static func insert(_ word: String.UnicodeScalarView, into words: inout Set<String>) {
        if word.count > 1, !stopWords.contains(String(word)) { words.insert(String(word)) }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Quote precision: matched predictions over counted predictions.
    public var quotePrecision: Double { Self.ratio(quoteTruePositives, quoteTruePositives + quoteFalsePositives) }
    /// Quote recall: matched gold direct quotes over all gold direct quotes.
    public var quoteRecall: Double { Self.ratio(quoteTruePositives, quoteTruePositives + quoteFalseNegatives) }
    public var quoteF1: Double { Self.harmonicMean(quotePrecision, quoteRecall) }
    /// Share of checked speakers that are right.
    public var speakerAccuracy: Double { Self.ratio(speakersCorrect, speakersChecked) }
    public var sourcePrecision: Double { Self.ratio(sourceTruePositives, sourcesPredicted) }
    public var sourceRecall: Double { Self.ratio(sourceTruePositives, sourcesGold) }
    public var sourceF1: Double { Self.harmonicMean(sourcePrecision, sourceRecall) }

    static func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    static func harmonicMean(_ a: Double, _ b: Double) -> Double {
        a + b == 0 ? 0 : 2 * a * b / (a + b)
    }
}
