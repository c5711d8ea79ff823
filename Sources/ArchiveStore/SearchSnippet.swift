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
    /// The longest excerpt, in scalars: a run of Chinese or Japanese is one word however long.
    static let scalarsShown = 160
    /// How many scalars of a text are read looking for a match.
    static let scanLimit = 100_000

    /// One word of the query to find, folded like the full-text index folds words.
    struct Term: Equatable {
        var scalars: [Unicode.Scalar]
        var isPrefix: Bool
        /// Chinese, Japanese or Thai: found inside a longer run of letters, not as a whole word.
        var isInsideWords: Bool
    }

    /// The words of each term and phrase of the query, in order.
    let groups: [[Term]]
    /// Every word of `groups`: the words an excerpt marks.
    let terms: [Term]

    /// The terms of `query` (`FTSQuery` syntax); words after `NOT` are left out.
    init(query: String) {
        var groups: [[Term]] = []
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
            let group = Self.words(in: Array(text.unicodeScalars)).map { word in
                let scalars = Self.folded(word)
                return Term(
                    scalars: scalars, isPrefix: isPrefix, isInsideWords: scalars.contains(where: ScriptRuns.isUnspaced))
            }
            if !group.isEmpty { groups.append(group) }
        }
        self.groups = groups
        terms = groups.flatMap { $0 }
    }

    /// The excerpt of a result: around the first match in the body, else in the title, else
    /// the body's first words.
    func excerpt(title: String, body: String) -> (text: String, highlights: [Range<Int>]) {
        excerpt(of: body) ?? excerpt(of: title) ?? (opening(of: body), [])
    }

    /// The excerpt of `text` around its first match, with the matched words as scalar ranges;
    /// `nil` when no term occurs in the first `scanLimit` scalars.
    func excerpt(of text: String) -> (text: String, highlights: [Range<Int>])? {
        scan(text, fromStart: false)
    }

    /// The first `wordsShown` words of `text`, for an article that matched elsewhere.
    func opening(of text: String) -> String {
        scan(text, fromStart: true)?.text ?? ""
    }

    /// The excerpt of `text` from its first match, or from its start when `fromStart` is set;
    /// `nil` when it has no match (or no word) in its first `scanLimit` scalars.
    private func scan(_ text: String, fromStart: Bool) -> (text: String, highlights: [Range<Int>])? {
        let scalars = Array(text.unicodeScalars.prefix(Self.scanLimit))
        var words: [Range<Int>] = []
        var foldedWords: [[Unicode.Scalar]] = []
        var first: Int? = fromStart ? 0 : nil
        var position = 0
        while position < scalars.count {
            guard ScriptRuns.isWordScalar(scalars[position]) else {
                position += 1
                continue
            }
            let start = position
            while position < scalars.count, ScriptRuns.isWordScalar(scalars[position]) { position += 1 }
            words.append(start..<position)
            if first == nil {
                foldedWords.append(Self.folded(scalars[start..<position]))
                first = phraseStart(endingAt: foldedWords.count - 1, in: foldedWords)
            }
            if let first, words.count >= max(first - Self.wordsBefore, 0) + Self.wordsShown { break }
        }
        guard let first, !words.isEmpty else { return nil }
        return cut(
            scalars, words: words, from: max(first - Self.wordsBefore, 0),
            isCut: text.unicodeScalars.dropFirst(scalars.count).first != nil)
    }

    /// The words from index `from` on, as one line of at most `scalarsShown` scalars (a run of
    /// a script without spaces is one long word), `…` where text was left out, and the matches;
    /// `isCut` says that `scalars` is the start of a longer text.
    private func cut(_ scalars: [Unicode.Scalar], words: [Range<Int>], from: Int, isCut: Bool) -> (
        text: String, highlights: [Range<Int>]
    ) {
        let last = min(words.count, from + Self.wordsShown) - 1
        var matches: [Range<Int>] = []
        for word in words[from...last] {
            if let range = match(scalars[word]) {
                matches.append((word.lowerBound + range.lowerBound)..<(word.lowerBound + range.upperBound))
            }
        }
        let isPunctuation = { (scalar: Unicode.Scalar) in
            !scalar.properties.isWhitespace && !ScriptRuns.isWordScalar(scalar)
        }
        var start = from == 0 ? 0 : words[from].lowerBound
        while start > 0, from > 0, isPunctuation(scalars[start - 1]) { start -= 1 }
        var end = words[last].upperBound
        while end < scalars.count, isPunctuation(scalars[end]) { end += 1 }
        if end - start > Self.scalarsShown {
            start = max(start, (matches.first?.lowerBound ?? start) - Self.scalarsShown / 4)
            end = min(end, start + Self.scalarsShown)
        }
        var text = String.UnicodeScalarView()
        if start > 0 { text.append("…") }
        let base = text.count - start
        for scalar in scalars[start..<end] { text.append(scalar == "\n" || scalar == "\r" ? " " : scalar) }
        if isCut || scalars[end...].contains(where: ScriptRuns.isWordScalar) { text.append("…") }
        let highlights = matches.filter { $0.lowerBound >= start && $0.upperBound <= end }.map {
            ($0.lowerBound + base)..<($0.upperBound + base)
        }
        return (String(text), highlights)
    }

    /// The index of the first word of a term or whole phrase that ends at word `last`, if one does.
    func phraseStart(endingAt last: Int, in folded: [[Unicode.Scalar]]) -> Int? {
        for group in groups where group.count <= last + 1 {
            let first = last + 1 - group.count
            if group.indices.allSatisfy({ Self.range(of: group[$0], in: folded[first + $0], length: nil) != nil }) {
                return first
            }
        }
        return nil
    }

    /// Where a term matches inside `word` (offsets from the word's start), if one does.
    func match(_ word: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        let folded = Self.folded(word)
        for term in terms {
            if let range = Self.range(of: term, in: folded, length: word.count) { return range }
        }
        return nil
    }

    /// Where `term` matches the folded word `folded`: the whole word (`length` scalars long,
    /// before folding), or for a word of a script without spaces the part it matches.
    static func range(of term: Term, in folded: [Unicode.Scalar], length: Int?) -> Range<Int>? {
        guard !term.scalars.isEmpty else { return nil }
        if term.isInsideWords {
            guard folded.count == length ?? folded.count, folded.count >= term.scalars.count else { return nil }
            for start in 0...(folded.count - term.scalars.count)
            where folded[start..<(start + term.scalars.count)].elementsEqual(term.scalars) {
                return start..<(start + term.scalars.count)
            }
            return nil
        }
        let matches = folded == term.scalars || (term.isPrefix && folded.starts(with: term.scalars))
        return matches ? 0..<(length ?? folded.count) : nil
    }

    /// The runs of word scalars of `scalars`.
    static func words(in scalars: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        scalars.split(whereSeparator: { !ScriptRuns.isWordScalar($0) })
    }

    /// `word` without case or diacritics, as the full-text index compares words. ASCII words
    /// (most of them) are lower-cased here: a phrase found late in a text folds every word
    /// before it, and a `String` per word made that cost more than the search.
    static func folded(_ word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        if word.allSatisfy(\.isASCII) {
            return word.map { $0 >= "A" && $0 <= "Z" ? Unicode.Scalar(UInt8($0.value) + 32) : $0 }
        }
        let text = String(String.UnicodeScalarView(word))
        return Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars)
    }
}
