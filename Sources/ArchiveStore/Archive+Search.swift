import GRDB

extension Archive {
    /// Marks that `snippet()` puts around matched words; never present in article text
    /// that reaches the terminal, because `InertText` would show them as symbols.
    static let snippetOpen = "\u{2}"
    static let snippetClose = "\u{3}"

    /// How many of the newest matches are ranked by relevance: ranking costs time for every
    /// candidate, and a common word matches most of a large archive.
    static let rankedCandidates = 1_000

    /// Searches title, byline and body with FTS5. `query` is what the user typed: see
    /// `FTSQuery` for the syntax.
    ///
    /// Results come in one stable order: the newest `rankedCandidates` matches, best first
    /// (bm25, the title weighing most), then any older matches, newest first. Below that many
    /// matches this is plain relevance order; above it, a query costs the same at a million
    /// articles as at a thousand.
    public func search(_ query: String, limit: Int = 50, offset: Int = 0) throws(ArchiveError) -> [SearchResult] {
        try search(query, limit: limit, offset: offset, rankedCandidates: Archive.rankedCandidates)
    }

    /// `search(_:limit:offset:)` ranking `candidates` newest matches (tests use small numbers).
    func search(_ query: String, limit: Int, offset: Int, rankedCandidates candidates: Int) throws(ArchiveError)
        -> [SearchResult]
    {
        guard let match = FTSQuery.build(query), limit > 0 else { return [] }
        return try read { db in
            var ids = try Int64.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT id FROM (
                            SELECT rowid AS id, bm25(article_fts, 10.0, 5.0, 1.0) AS score FROM article_fts
                            WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
                        ORDER BY score, id DESC LIMIT ? OFFSET ?
                        """),
                arguments: [match, candidates, limit, max(offset, 0)])
            if ids.count < limit, offset + limit > candidates,
                let oldestRanked = try Int64.fetchOne(
                    db.cachedStatement(
                        sql:
                            "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"
                    ),
                    arguments: [match, candidates - 1])
            {
                ids += try Int64.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND rowid < ?
                            ORDER BY rowid DESC LIMIT ? OFFSET ?
                            """),
                    arguments: [match, oldestRanked, limit - ids.count, max(offset - candidates, 0)])
            }
            let summaries = try db.cachedStatement(sql: ArticleSummary.selection + " WHERE a.id = ?")
            let snippets = try db.cachedStatement(
                sql: """
                    SELECT snippet(article_fts, -1, ?, ?, '…', 16) FROM article_fts
                    WHERE article_fts MATCH ? AND rowid = ?
                    """)
            return try ids.compactMap { id -> SearchResult? in
                guard let summary = try ArticleSummary.fetchOne(summaries, arguments: [id]) else { return nil }
                let marked =
                    try String.fetchOne(
                        snippets, arguments: [Archive.snippetOpen, Archive.snippetClose, match, id]) ?? ""
                let (snippet, highlights) = Archive.unmark(marked)
                return SearchResult(summary: summary, snippet: snippet, highlights: highlights)
            }
        }
    }

    /// The number of articles matching `query`.
    public func searchCount(_ query: String) throws(ArchiveError) -> Int {
        guard let match = FTSQuery.build(query) else { return 0 }
        return try read { db in
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"),
                arguments: [match]) ?? 0
        }
    }

    /// Removes the snippet marks and returns where they were.
    static func unmark(_ marked: String) -> (String, [Range<Int>]) {
        var text = String.UnicodeScalarView()
        var highlights: [Range<Int>] = []
        var start: Int?
        var offset = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "\u{2}":
                start = offset
            case "\u{3}":
                if let open = start { highlights.append(open..<offset) }
                start = nil
            case "\n":
                text.append(" ")
                offset += 1
            default:
                text.append(scalar)
                offset += 1
            }
        }
        return (String(text), highlights)
    }
}
