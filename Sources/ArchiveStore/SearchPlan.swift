import GRDB

/// Which way a search narrowed by a tag reaches its newest matches (issue 24).
///
/// Every search walks the query's matches newest first and tests each for the filter
/// (`matchesFirst`): quick when the filter keeps many matches, but a common word under a rare
/// tag walks most of the word's matches to find the few tagged ones (`said` under a tag on one
/// article in a thousand: 850,000 matches at a million articles, about 190 ms). A tag on few
/// articles can instead be walked itself, newest first, each of its articles looked up in the
/// full-text index by id (`tagFirst`). A look-up costs far more than a step of the walk (FTS5
/// seeks the query's words in every segment of the index, 30–60 µs each at 13 segments), so
/// the plan is chosen by what each would read, from counts known before the search
/// (`prefersTag`). Both give the same candidates, newest first, and rank them with the same
/// function, so the results are the same.
enum SearchPlan: Equatable {
    case matchesFirst
    case tagFirst(tag: String)

    /// How many matches walked newest first cost as much as one article looked up in the
    /// full-text index. On the million-article benchmark archive (13 index segments, sqlite3,
    /// the candidate query alone): `said` under a tag on 1,000 articles took 185–205 ms walked
    /// (847,000 matches, 0.23 µs each) against about 60 ms looked up (1,000 look-ups); the
    /// phrase `"according to"` 175–195 ms against about 100 ms (two words to seek), `ferry`
    /// (73,000 matches) 15–18 ms against 30 ms.
    static let lookUpCost = 250.0

    /// Whether looking up the articles of a tag on `tagArticles` articles costs less than
    /// walking the matches of a query held by about `matchArticles` articles, in an archive
    /// of `articles`, to find the newest `wanted` that carry the tag. Each side is counted as
    /// if the tag and the words were independent: the walk stops after `wanted` tagged
    /// matches, about `wanted × articles / tagArticles` matches, or at the last match; the
    /// look-ups after `wanted` matching articles, or at the tag's last.
    static func prefersTag(
        tagArticles: Int, matchArticles: Int, articles: Int, wanted: Int, lookUpCost: Double = lookUpCost
    ) -> Bool {
        guard tagArticles > 0 else { return true }
        guard matchArticles > 0, wanted > 0 else { return false }
        let tagged = Double(tagArticles)
        let matches = Double(matchArticles)
        let total = Double(max(articles, tagArticles, matchArticles))
        let walked = min(matches, Double(wanted) * total / tagged)
        let lookedUp = min(tagged, Double(wanted) * total / matches)
        return lookedUp * lookUpCost < walked
    }

    /// The number of articles that hold the rarest word of `query` (from `search_term`), an
    /// upper bound of its matches, and the number of phrases FTS5 ranks it by; `nil` unless
    /// the query is words and quoted phrases alone (no `OR`, `NOT` or prefix), all of them
    /// ASCII and each word found in `search_term`.
    static func matchEstimate(of query: String, in db: Database) throws -> (articles: Int, phrases: Int)? {
        let statement = try db.cachedStatement(sql: "SELECT docs FROM search_term WHERE term = ?")
        var rarest = Int.max
        var phrases = 0
        for token in FTSQuery.tokenize(query) {
            let text: String
            switch token {
            case .term(let word, prefix: false): text = word
            case .phrase(let phrase): text = phrase
            case .term(_, prefix: true), .or, .not: return nil
            }
            guard FTSQuery.isSearchable(text) else { continue }
            guard let words = asciiWords(text) else { return nil }
            phrases += 1
            for word in words {
                guard let docs = try Int.fetchOne(statement, arguments: [word]) else { return nil }
                rarest = min(rarest, docs)
            }
        }
        return phrases > 0 && rarest < .max ? (rarest, phrases) : nil
    }

    /// The words FTS5's tokenizer reads in `text`, lower-cased: its runs of ASCII letters and
    /// digits; `nil` when `text` holds anything but ASCII.
    static func asciiWords(_ text: String) -> [String]? {
        var words: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            guard scalar.isASCII else { return nil }
            if SearchTerms.isFoldedASCII(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word.lowercased())
                word = ""
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        return words
    }
}
