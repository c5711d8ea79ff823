import Foundation

/// The excerpt of an archive search result: a few words around the first match of the query,
/// cut from the stored text in time bounded per article.
///
/// SQLite's `snippet()` scores every window of the row's matches, which is quadratic in the
/// matches of one row (a 1 MB article of one repeated word took a minute). This reads at most
/// `scanLimit` scalars of the text and stops at the first match.
struct SearchSnippet {
    /// How many words an excerpt shows (as `snippet(…, 16)` did).
    static let wordsShown = 16
    /// How many of them come before the first match.
    static let wordsBefore = 4
    /// How many scalars of a text are read looking for a match.
    static let scanLimit = 100_000

    /// One word of the query to find, folded like the full-text index folds words.
    struct Term: Equatable {
        var scalars: [Unicode.Scalar]
        var isPrefix: Bool
        /// Chinese, Japanese or Thai: found inside a longer run of letters, not as a whole word.
        var isInsideWords: Bool
    }

    let terms: [Term]

    /// The terms of `query` (`FTSQuery` syntax); words after `NOT` are left out.
    init(query: String) {
        var terms: [Term] = []
        var negated = false
        for token in FTSQuery.tokenize(query) {
            let text: String
            let isPrefix: Bool
            switch token {
            case .not:
                negated = true
                continue
            case .or: continue
            case .term(let word, let prefix): (text, isPrefix) = (word, prefix)
            case .phrase(let phrase): (text, isPrefix) = (phrase, false)
            }
            defer { negated = false }
            guard !negated else { continue }
            for word in Self.words(in: Array(text.unicodeScalars)) {
                let scalars = Array(Self.fold(String(String.UnicodeScalarView(word))).unicodeScalars)
                terms.append(
                    Term(
                        scalars: scalars, isPrefix: isPrefix,
                        isInsideWords: scalars.contains(where: ScriptRuns.isUnspaced)))
            }
        }
        self.terms = terms
    }

    /// The excerpt of a result: around the first match in the body, else in the title, else
    /// the body's first words.
    func excerpt(title: String, body: String) -> (text: String, highlights: [Range<Int>]) {
        excerpt(of: body) ?? excerpt(of: title) ?? (opening(of: body), [])
    }

    /// The excerpt of `text` around its first match, with the matched words as scalar ranges;
    /// `nil` when no term occurs in the first `scanLimit` scalars.
    func excerpt(of text: String) -> (text: String, highlights: [Range<Int>])? {
        let scalars = Array(text.unicodeScalars.prefix(Self.scanLimit))
        var words: [Range<Int>] = []
        var first: Int?
        var position = 0
        while position < scalars.count {
            guard ScriptRuns.isWordScalar(scalars[position]) else {
                position += 1
                continue
            }
            let start = position
            while position < scalars.count, ScriptRuns.isWordScalar(scalars[position]) { position += 1 }
            words.append(start..<position)
            if first == nil, match(scalars[start..<position]) != nil { first = words.count - 1 }
            if let first, words.count >= max(first - Self.wordsBefore, 0) + Self.wordsShown { break }
        }
        guard let first else { return nil }
        return cut(
            scalars, words: words, from: max(first - Self.wordsBefore, 0),
            isCut: text.unicodeScalars.dropFirst(scalars.count).first != nil)
    }

    /// The first `wordsShown` words of `text`, for an article that matched elsewhere.
    func opening(of text: String) -> String {
        let scalars = Array(text.unicodeScalars.prefix(Self.scanLimit))
        var words: [Range<Int>] = []
        var position = 0
        while position < scalars.count, words.count < Self.wordsShown {
            guard ScriptRuns.isWordScalar(scalars[position]) else {
                position += 1
                continue
            }
            let start = position
            while position < scalars.count, ScriptRuns.isWordScalar(scalars[position]) { position += 1 }
            words.append(start..<position)
        }
        guard !words.isEmpty else { return "" }
        return cut(scalars, words: words, from: 0, isCut: text.unicodeScalars.dropFirst(scalars.count).first != nil)
            .text
    }

    /// The words from index `from` on, as one line, `…` where text was left out, and the matches;
    /// `isCut` says that `scalars` is the start of a longer text.
    private func cut(_ scalars: [Unicode.Scalar], words: [Range<Int>], from: Int, isCut: Bool) -> (
        text: String, highlights: [Range<Int>]
    ) {
        let last = min(words.count, from + Self.wordsShown) - 1
        let isPunctuation = { (scalar: Unicode.Scalar) in
            !scalar.properties.isWhitespace && !ScriptRuns.isWordScalar(scalar)
        }
        var start = from == 0 ? 0 : words[from].lowerBound
        while start > 0, from > 0, isPunctuation(scalars[start - 1]) { start -= 1 }
        var end = words[last].upperBound
        while end < scalars.count, isPunctuation(scalars[end]) { end += 1 }
        var text = String.UnicodeScalarView()
        if from > 0 { text.append("…") }
        let base = text.count - start
        for scalar in scalars[start..<end] { text.append(scalar == "\n" || scalar == "\r" ? " " : scalar) }
        if isCut || scalars[end...].contains(where: ScriptRuns.isWordScalar) { text.append("…") }
        var highlights: [Range<Int>] = []
        for word in words[from...last] {
            if let range = match(scalars[word]) {
                highlights.append(
                    (word.lowerBound + range.lowerBound + base)..<(word.lowerBound + range.upperBound + base))
            }
        }
        return (String(text), highlights)
    }

    /// Where a term matches inside `word` (offsets from the word's start), if one does.
    func match(_ word: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        let folded = Array(Self.fold(String(String.UnicodeScalarView(word))).unicodeScalars)
        for term in terms where !term.scalars.isEmpty {
            if term.isInsideWords {
                guard folded.count == word.count, folded.count >= term.scalars.count else { continue }
                for start in 0...(folded.count - term.scalars.count)
                where folded[start..<(start + term.scalars.count)].elementsEqual(term.scalars) {
                    return start..<(start + term.scalars.count)
                }
            } else if folded == term.scalars || (term.isPrefix && folded.starts(with: term.scalars)) {
                return 0..<word.count
            }
        }
        return nil
    }

    /// The runs of word scalars of `scalars`.
    static func words(in scalars: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        scalars.split(whereSeparator: { !ScriptRuns.isWordScalar($0) })
    }

    /// `word` without case or diacritics, as the full-text index compares words.
    static func fold(_ word: String) -> String {
        word.utf8.allSatisfy({ $0 < 0x80 })
            ? word.lowercased() : word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
