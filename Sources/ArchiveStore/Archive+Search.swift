import Foundation
import GRDB

extension Archive {
    /// How many of the newest matches are ranked by relevance: ranking costs time for every
    /// candidate, and a common word matches most of a large archive.
    static let rankedCandidates = 1_000

    /// Searches title, byline and body with FTS5. `query` is what the user typed: see
    /// `FTSQuery` for the syntax.
    ///
    /// Results come in one stable order: the newest `rankedCandidates` matches, best first
    /// (bm25, the title weighing most), then any older matches, newest first. Below that many
    /// matches this is plain relevance order; above it, a query costs the same at a million
    /// articles as at a thousand. `filter` keeps the matches it keeps (the candidates are
    /// the newest matches it keeps).
    public func search(_ query: String, limit: Int = 50, offset: Int = 0, filter: ArticleFilter = ArticleFilter())
        throws(ArchiveError) -> [SearchResult]
    {
        try search(query, limit: limit, offset: offset, filter: filter, rankedCandidates: Archive.rankedCandidates)
    }

    /// The matches of `query` that `filter` keeps, in `order` instead of best first: the page
    /// of `limit` results from `offset` (`dateline search --sort`).
    public func search(
        _ query: String, limit: Int = 50, offset: Int = 0, filter: ArticleFilter = ArticleFilter(),
        order: ArticleOrder
    ) throws(ArchiveError) -> [SearchResult] {
        guard limit > 0 else { return [] }
        return try read { db in
            guard let match = Archive.match(query, in: db) else { return [] }
            let (table, condition, arguments) = try Archive.matchCondition(match, filter: filter, in: db)
            let ids = try Int64.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT a.id FROM article a WHERE a.id IN (SELECT rowid FROM \(table) WHERE \(condition))
                        ORDER BY \(order.orderBy()) LIMIT ? OFFSET ?
                        """),
                arguments: arguments + [limit, max(offset, 0)])
            return try Archive.results(ids: ids, query: query, in: db)
        }
    }

    /// `search(_:limit:offset:filter:)` ranking `candidates` newest matches, a prefix's words
    /// expanded from `exactPrefixArticles`, tags listed up to `listedTagArticles` (tests use
    /// small numbers).
    func search(
        _ query: String, limit: Int, offset: Int, filter: ArticleFilter = ArticleFilter(),
        rankedCandidates candidates: Int, exactPrefixArticles: Int = SearchTerms.exactPrefixArticles,
        listedTagArticles: Int = Archive.listedTagArticles
    ) throws(ArchiveError) -> [SearchResult] {
        guard limit > 0 else { return [] }
        return try read { db in
            guard let match = Archive.match(query, in: db, exactPrefixArticles: exactPrefixArticles) else { return [] }
            let (table, condition, arguments) = try Archive.matchCondition(
                match, filter: filter, in: db, listedTagArticles: listedTagArticles)
            var ids = try Int64.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT id FROM (
                            SELECT rowid AS id, \(match.rank) AS score FROM \(table)
                            WHERE \(condition) ORDER BY rowid DESC LIMIT ?)
                        ORDER BY score, id DESC LIMIT ? OFFSET ?
                        """),
                arguments: StatementArguments(match.rankArguments) + arguments + [candidates, limit, max(offset, 0)])
            if ids.count < limit, offset + limit > candidates,
                let oldestRanked = try Int64.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT rowid FROM \(table) WHERE \(condition) ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                    arguments: arguments + [candidates - 1])
            {
                ids += try Int64.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT rowid FROM \(table) WHERE \(condition) AND rowid < ?
                            ORDER BY rowid DESC LIMIT ? OFFSET ?
                            """),
                    arguments: arguments + [
                        oldestRanked, limit - ids.count, max(offset - candidates, 0),
                    ])
            }
            return try Archive.results(ids: ids, query: query, in: db)
        }
    }

    /// The search results of the articles `ids`, in that order, with their snippets for `query`.
    private static func results(ids: [Int64], query: String, in db: Database) throws -> [SearchResult] {
        let summaries = try db.cachedStatement(sql: ArticleSummary.selection + " WHERE a.id = ?")
        // Snippets are cut in Swift from the stored text (`SearchSnippet`): SQLite's
        // snippet() is quadratic in the matches of one row.
        let texts = try db.cachedStatement(sql: "SELECT title, substr(body, 1, ?) FROM article WHERE id = ?")
        let snippets = SearchSnippet(query: query)
        return try ids.compactMap { id -> SearchResult? in
            guard let summary = try ArticleSummary.fetchOne(summaries, arguments: [id]),
                let row = try Row.fetchOne(texts, arguments: [SearchSnippet.scanLimit, id])
            else { return nil }
            let (snippet, highlights) = snippets.excerpt(title: row[0], body: row[1])
            return SearchResult(summary: summary, snippet: snippet, highlights: highlights)
        }
    }

    /// The number of articles matching `query` that `filter` keeps, counting no further than
    /// `limit`: a count of every match runs the query over the whole archive (every article,
    /// for a common phrase), which the reader bounds by asking for one more than it shows.
    public func searchCount(_ query: String, filter: ArticleFilter = ArticleFilter(), limit: Int = .max)
        throws(ArchiveError) -> Int
    {
        guard limit > 0 else { return 0 }
        return try read { db in
            guard let match = Archive.match(query, in: db) else { return 0 }
            let (table, condition, arguments) = try Archive.matchCondition(match, filter: filter, in: db)
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM \(table) WHERE \(condition) LIMIT ?)"),
                arguments: arguments + [limit]) ?? 0
        }
    }

    /// The match of `query`, its prefixes of at least `exactPrefixArticles` articles expanded
    /// into their most frequent words (`SearchTerms`); a prefix whose words cannot be read
    /// keeps the exact prefix query. A query of several words has their article counts for
    /// its rank, so that ranking does not count each word across the archive.
    static func match(
        _ query: String, in db: Database, exactPrefixArticles: Int = SearchTerms.exactPrefixArticles
    ) -> SearchMatch? {
        guard
            var match = SearchMatch(
                query: query,
                expand: { prefix in
                    (try? SearchTerms.expansion(of: prefix, in: db, exactBelow: exactPrefixArticles)) ?? nil
                })
        else { return nil }
        if match.table == "article_fts", match.rankFunction == RelevanceRank.name,
            let counts = try? SearchTerms.articleCounts(ofPhrasesIn: match.arguments[0], in: db), counts.count > 1
        {
            match.rankArguments = counts
        }
        return match
    }

    /// The table, `WHERE` condition and arguments of `match` narrowed by `filter`: the filter's
    /// conditions go in an `EXISTS` on the matched row's article, so they cost one look-up per
    /// match rather than a pass over the articles the filter keeps.
    ///
    /// A filter that refers to the article only by its id (tags, unread, bookmarks, speaker,
    /// feed) gets a one-row table holding the matched id as its `a` instead of the article
    /// row: reading the row (a page of 8 KB, with its body) for every match was most of the
    /// cost of a common word under a rare tag. A tag is tested by a look-up per match unless
    /// it is on at most `listedTagArticles` articles (counted here, up to that many).
    static func matchCondition(
        _ match: SearchMatch, filter: ArticleFilter, in db: Database, listedTagArticles: Int = listedTagArticles
    ) throws -> (table: String, condition: String, arguments: StatementArguments) {
        let listedTags = try Set(
            filter.tags.filter { tag in
                try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM article_tag WHERE tag = ? LIMIT ?)"),
                    arguments: [tag, listedTagArticles + 1]) ?? 0 <= listedTagArticles
            })
        guard let clause = filter.whereClause(perArticle: true, listedTags: listedTags) else {
            return (match.table, match.condition, StatementArguments(match.arguments))
        }
        let (sql, arguments) = try clause.build(db)
        let article =
            readsArticleColumns(sql)
            ? "article a WHERE a.id = \(match.table).rowid AND"
            : "(SELECT \(match.table).rowid AS id) a WHERE"
        let condition = "\(match.condition) AND EXISTS (SELECT 1 FROM \(article) \(sql))"
        return (match.table, condition, StatementArguments(match.arguments) + arguments)
    }

    /// A tag on at most this many articles is tested against a list of them made once per
    /// search; a tag on more, one look-up in `article_tag` per match (`ArticleFilter.conditions`).
    /// On the million-article benchmark archive (sqlite3, CPU time of the first 1,000 candidates)
    /// listing a tag on 100,000 articles cost `ferry` 19 ms against 5 ms looked up, and looking
    /// up a tag on 1,000 cost `said` 332 ms against 205 ms listed.
    static let listedTagArticles = 5_000

    /// Whether the SQL of a filter (on the article alias `a`) reads a column of the article
    /// other than its id.
    static func readsArticleColumns(_ sql: String) -> Bool {
        sql.range(of: #"\ba\.(?!id\b)"#, options: .regularExpression) != nil
    }
}
