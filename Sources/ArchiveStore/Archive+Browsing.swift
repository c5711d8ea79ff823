import GRDB

extension Archive {
    /// The page of summaries just above the article `beforeID` in the list (the `limit`
    /// next newer articles), newest first; with `nil`, the last page (the oldest articles).
    ///
    /// The list pane pages upwards and jumps to its end with this, by keyset like
    /// `summaries(after:limit:bookmarkedOnly:)`.
    public func summaries(before beforeID: Int64?, limit: Int, bookmarkedOnly: Bool = false) throws(ArchiveError)
        -> [ArticleSummary]
    {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let beforeID {
                conditions.append("a.id > ?")
                _ = arguments.append(contentsOf: [beforeID])
            }
            if bookmarkedOnly { conditions.append("b.article_id IS NOT NULL") }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            _ = arguments.append(contentsOf: [limit])
            let ascending = try ArticleSummary.fetchAll(
                db.cachedStatement(sql: ArticleSummary.selection + filter + " ORDER BY a.id ASC LIMIT ?"),
                arguments: arguments)
            return ascending.reversed()
        }
    }
}
