/// Where and how an archive query is matched: `article_fts` for words separated by spaces,
/// `article_grams` for words of scripts without spaces (`UnspacedGrams`), or both.
struct SearchMatch {
    /// The full-text table whose rows are ranked.
    var table: String
    /// The relevance function of `table` (`RelevanceRank`) and its first arguments: the table
    /// and the column weights, the title weighing most.
    var rankFunction: String
    var rankWeights: String
    /// The number of articles holding each phrase, when known (`SearchTerms.articleCounts`):
    /// the rank's last arguments, bound before `arguments`.
    var rankArguments: [Int] = []
    /// The `WHERE` condition of a match, with `?` for each of `arguments`.
    var condition: String
    var arguments: [String]

    /// The relevance expression of `table` (`RelevanceRank`, bm25's order), with a `?` for
    /// each of `rankArguments`.
    var rank: String {
        "\(rankFunction)(\(rankWeights)\(String(repeating: ", ?", count: rankArguments.count)))"
    }

    /// The match of what the user typed, or `nil` when it has no searchable word. A prefix
    /// for which `expand` gives words is matched as their `OR` (`SearchTerms`); a query that
    /// is that prefix alone ranks the words as one phrase, as FTS5 ranks the prefix.
    init?(query: String, expand: (String) -> [String]? = { _ in nil }) {
        var expanded = false
        let spaced = FTSQuery.buildSpaced(query) { prefix in
            let words = expand(prefix)
            expanded = expanded || words != nil
            return words
        }
        let unspaced = FTSQuery.buildUnspaced(query)
        let lonePrefix: Bool
        if case .term(_, prefix: true) = FTSQuery.tokenize(query).first, FTSQuery.tokenize(query).count == 1 {
            lonePrefix = expanded
        } else {
            lonePrefix = false
        }
        rankFunction = lonePrefix ? RelevanceRank.asOneName : RelevanceRank.name
        rankWeights = "article_fts, 10.0, 5.0, 1.0"
        switch (spaced, unspaced) {
        case (let spaced?, nil):
            (table, condition, arguments) = ("article_fts", "article_fts MATCH ?", [spaced])
        case (nil, let unspaced?):
            (table, condition, arguments) = ("article_grams", "article_grams MATCH ?", [unspaced])
            rankWeights = "article_grams, 10.0, 1.0"
        case (let spaced?, let unspaced?):
            (table, arguments) = ("article_fts", [spaced, unspaced])
            condition = "article_fts MATCH ? AND rowid IN (SELECT rowid FROM article_grams WHERE article_grams MATCH ?)"
        case (nil, nil):
            return nil
        }
    }
}
