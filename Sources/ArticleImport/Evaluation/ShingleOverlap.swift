/// How much of an extracted article body matches the true one, counted in shingles (runs of
/// four word tokens) as the article-extraction benchmark of Zyte (scrapinghub) counts them:
/// true positives are shingles both texts hold (as often as both hold them), false positives
/// the extra ones of the extraction, false negatives the ones it lacks. The three are
/// divided by their sum, so that a long article weighs no more than a short one.
public struct ShingleOverlap: Equatable, Sendable {
    /// Shingles both texts hold, as a share of all counted.
    public var truePositives: Double
    /// Shingles only the extraction holds, as a share of all counted.
    public var falsePositives: Double
    /// Shingles only the true body holds, as a share of all counted.
    public var falseNegatives: Double

    /// Words in a shingle.
    static let shingleLength = 4

    /// The overlap of `extracted` (nil when the page was refused) with the true body `truth`.
    public init(extracted: String?, truth: String) {
        var counts: [[Substring]: (truth: Int, extracted: Int)] = [:]
        for shingle in Self.shingles(of: truth) { counts[shingle, default: (0, 0)].truth += 1 }
        for shingle in Self.shingles(of: extracted ?? "") { counts[shingle, default: (0, 0)].extracted += 1 }
        var both = 0
        var extra = 0
        var lacking = 0
        for (truthCount, extractedCount) in counts.values {
            both += min(truthCount, extractedCount)
            extra += max(0, extractedCount - truthCount)
            lacking += max(0, truthCount - extractedCount)
        }
        let sum = Double(both + extra + lacking)
        let scale = sum > 0 ? 1 / sum : 0
        truePositives = Double(both) * scale
        falsePositives = Double(extra) * scale
        falseNegatives = Double(lacking) * scale
    }

    /// The share of the extraction that belongs to the article, or `nil` when it holds no shingle.
    public var precision: Double? {
        if falsePositives == 0 && falseNegatives == 0 { return truePositives > 0 ? 1 : nil }
        return truePositives + falsePositives > 0 ? truePositives / (truePositives + falsePositives) : nil
    }

    /// The share of the article the extraction holds, or `nil` when the true body holds no shingle.
    public var recall: Double? {
        if falsePositives == 0 && falseNegatives == 0 { return truePositives > 0 ? 1 : nil }
        return truePositives + falseNegatives > 0 ? truePositives / (truePositives + falseNegatives) : nil
    }

    /// The word tokens of `text`: runs of letters, digits and underscores, as Python's `\w+` finds them.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        for scalar in text.unicodeScalars {
            let next = text.unicodeScalars.index(after: index)
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begun = start {
                words.append(text[begun..<index])
                start = nil
            }
            index = next
        }
        if let begun = start { words.append(text[begun...]) }
        return words
    }

    /// Whether `scalar` belongs to a `\w` run: a letter, a number or the underscore.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar == "_"
        }
    }

    /// The shingles of `text`: every run of `shingleLength` consecutive words, or the whole
    /// text's words when it has fewer (none when it has no word).
    static func shingles(of text: String) -> [[Substring]] {
        let tokens = words(of: text)
        if tokens.isEmpty { return [] }
        if tokens.count < shingleLength { return [tokens] }
        return (0...(tokens.count - shingleLength)).map { Array(tokens[$0..<($0 + shingleLength)]) }
    }
}
