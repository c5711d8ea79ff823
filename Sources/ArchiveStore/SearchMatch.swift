/// Where and how an archive query is matched: `article_fts` for words separated by spaces,
/// `article_grams` for words of scripts without spaces (`UnspacedGrams`), or both.
struct SearchMatch {
    /// The full-text table whose rows are ranked.
    var table: String
    /// The relevance expression of `table` (`RelevanceRank`, bm25's order), the title weighing most.
    var rank: String
    /// The `WHERE` condition of a match, with `?` for each of `arguments`.
    var condition: String
    var arguments: [String]

    /// The match of what the user typed, or `nil` when it has no searchable word.
    init?(query: String) {
        let spaced = FTSQuery.buildSpaced(query)
        let unspaced = FTSQuery.buildUnspaced(query)
        switch (spaced, unspaced) {
        case (let spaced?, nil):
            (table, rank, condition, arguments) = (
                "article_fts", "dateline_rank(article_fts, 10.0, 5.0, 1.0)", "article_fts MATCH ?", [spaced]
            )
        case (nil, let unspaced?):
            (table, rank, condition, arguments) = (
                "article_grams", "dateline_rank(article_grams, 10.0, 1.0)", "article_grams MATCH ?", [unspaced]
            )
        case (let spaced?, let unspaced?):
            (table, rank, arguments) = (
                "article_fts", "dateline_rank(article_fts, 10.0, 5.0, 1.0)", [spaced, unspaced]
            )
            condition = "article_fts MATCH ? AND rowid IN (SELECT rowid FROM article_grams WHERE article_grams MATCH ?)"
        case (nil, nil):
            return nil
        }
    }
}
