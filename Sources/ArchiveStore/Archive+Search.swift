import GRDB

extension Archive {
    /// Marks that `snippet()` puts around matched words; never present in article text
    /// that reaches the terminal, because `InertText` would show them as symbols.
    static let snippetOpen = "\u{2}"
    static let snippetClose = "\u{3}"

    /// Searches title, byline and body with FTS5, best matches first (bm25, the title weighing
    /// most). `query` is what the user typed: see `FTSQuery` for the syntax.
    public func search(_ query: String, limit: Int = 50, offset: Int = 0) throws(ArchiveError) -> [SearchResult] {
        guard let match = FTSQuery.build(query) else { return [] }
        return try read { db in
            let ranked = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid AS id FROM article_fts WHERE article_fts MATCH ?
                    ORDER BY bm25(article_fts, 10.0, 5.0, 1.0) LIMIT ? OFFSET ?
                    """,
                arguments: [match, limit, offset])
            return try ranked.compactMap { row -> SearchResult? in
                let id: Int64 = row["id"]
                guard
                    let summary = try ArticleSummary.fetchOne(
                        db, sql: ArticleSummary.selection + " WHERE a.id = ?", arguments: [id])
                else { return nil }
                let marked =
                    try String.fetchOne(
                        db,
                        sql: """
                            SELECT snippet(article_fts, -1, ?, ?, '…', 16) FROM article_fts
                            WHERE article_fts MATCH ? AND rowid = ?
                            """,
                        arguments: [Archive.snippetOpen, Archive.snippetClose, match, id]) ?? ""
                let (snippet, highlights) = Archive.unmark(marked)
                return SearchResult(summary: summary, snippet: snippet, highlights: highlights)
            }
        }
    }

    /// The number of articles matching `query`.
    public func searchCount(_ query: String) throws(ArchiveError) -> Int {
        guard let match = FTSQuery.build(query) else { return 0 }
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", arguments: [match])
                ?? 0
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
