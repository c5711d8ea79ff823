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
    /// expanded from `exactPrefixArticles`, tags listed up to `listedTagArticles`, a look-up
    /// by tag costing `tagLookUpCost` (`SearchPlan`; tests use other numbers).
    func search(
        _ query: String, limit: Int, offset: Int, filter: ArticleFilter = ArticleFilter(),
        rankedCandidates candidates: Int, exactPrefixArticles: Int = SearchTerms.exactPrefixArticles,
        listedTagArticles: Int = Archive.listedTagArticles, tagLookUpCost: Double = SearchPlan.lookUpCost
    ) throws(ArchiveError) -> [SearchResult] {
        guard limit > 0 else { return [] }
        return try read { db in
            guard let match = Archive.match(query, in: db, exactPrefixArticles: exactPrefixArticles) else { return [] }
            let source = try Archive.matchSource(
                match, query: query, filter: filter, in: db, listedTagArticles: listedTagArticles,
                tagLookUpCost: tagLookUpCost, wanted: candidates)
            let (from, key, arguments) = (source.from, source.key, source.arguments)
            var ids = try Int64.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT id FROM (
                            SELECT \(key) AS id, \(match.rank) AS score \(from) ORDER BY \(key) DESC LIMIT ?)
                        ORDER BY score, id DESC LIMIT ? OFFSET ?
                        """),
                arguments: StatementArguments(match.rankArguments) + arguments + [candidates, limit, max(offset, 0)])
            if ids.count < limit, offset + limit > candidates,
                let oldestRanked = try Int64.fetchOne(
                    db.cachedStatement(sql: "SELECT \(key) \(from) ORDER BY \(key) DESC LIMIT 1 OFFSET ?"),
                    arguments: arguments + [candidates - 1])
            {
                ids += try Int64.fetchAll(
                    db.cachedStatement(
                        sql: "SELECT \(key) \(from) AND \(key) < ? ORDER BY \(key) DESC LIMIT ? OFFSET ?"),
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
        try searchCount(query, filter: filter, limit: limit, tagLookUpCost: SearchPlan.lookUpCost)
    }

    /// `searchCount(_:filter:limit:)`, a look-up by tag costing `tagLookUpCost` (`SearchPlan`).
    func searchCount(_ query: String, filter: ArticleFilter, limit: Int, tagLookUpCost: Double)
        throws(ArchiveError) -> Int
    {
        guard limit > 0 else { return 0 }
        return try read { db in
            guard let match = Archive.match(query, in: db) else { return 0 }
            let source = try Archive.matchSource(
                match, query: query, filter: filter, in: db, tagLookUpCost: tagLookUpCost, wanted: limit)
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 \(source.from) LIMIT ?)"),
                arguments: source.arguments + [limit]) ?? 0
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
        let listedTags = try Set(tagArticleCounts(filter.tags, upTo: listedTagArticles, in: db).keys)
        let (condition, arguments) = try matchCondition(
            match, filter: filter, listedTags: listedTags, id: "\(match.table).rowid", in: db)
        return (match.table, condition, arguments)
    }

    /// The condition of `match` narrowed by `filter` (as above), the filter testing the article
    /// whose id is the SQL expression `id`.
    private static func matchCondition(
        _ match: SearchMatch, filter: ArticleFilter, listedTags: Set<String>, id: String, in db: Database
    ) throws -> (condition: String, arguments: StatementArguments) {
        guard let clause = filter.whereClause(perArticle: true, listedTags: listedTags) else {
            return (match.condition, StatementArguments(match.arguments))
        }
        let (sql, arguments) = try clause.build(db)
        let article =
            readsArticleColumns(sql)
            ? "article a WHERE a.id = \(id) AND"
            : "(SELECT \(id) AS id) a WHERE"
        let condition = "\(match.condition) AND EXISTS (SELECT 1 FROM \(article) \(sql))"
        return (condition, StatementArguments(match.arguments) + arguments)
    }

    /// The number of articles of each of `tags` that is on at most `limit` articles (each
    /// counted up to one more than that).
    static func tagArticleCounts(_ tags: [String], upTo limit: Int, in db: Database) throws -> [String: Int] {
        let count = try db.cachedStatement(
            sql: "SELECT count(*) FROM (SELECT 1 FROM article_tag WHERE tag = ? LIMIT ?)")
        var counts: [String: Int] = [:]
        for tag in tags {
            let articles = try Int.fetchOne(count, arguments: [tag, limit + 1]) ?? 0
            if articles <= limit { counts[tag] = articles }
        }
        return counts
    }

    /// Where the matches of `match` narrowed by `filter` are read, newest first: the SQL from
    /// `FROM` on (a `WHERE` clause that more conditions can follow with `AND`), the id the
    /// rows are ordered by and their arguments, and the plan chosen (`SearchPlan`).
    ///
    /// The matches are walked newest first in the full-text index, each tested for the filter,
    /// unless `filter` has a tag on at most `listedTagArticles` articles and looking up that
    /// tag's articles in the index, newest first, reads less to find the newest `wanted`
    /// (`SearchPlan.prefersTag`). Only queries whose rank needs no count across the archive
    /// are looked up so (one phrase, or the article counts of every word in
    /// `match.rankArguments`): `dateline_rank` computes its figures once per look-up.
    static func matchSource(
        _ match: SearchMatch, query: String, filter: ArticleFilter, in db: Database,
        listedTagArticles: Int = listedTagArticles, tagLookUpCost: Double = SearchPlan.lookUpCost, wanted: Int
    ) throws -> (from: String, key: String, arguments: StatementArguments, plan: SearchPlan) {
        let counts = try tagArticleCounts(filter.tags, upTo: listedTagArticles, in: db)
        let listedTags = Set(counts.keys)
        if let driver = counts.min(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
            match.table == "article_fts", match.arguments.count == 1,
            let estimate = try SearchPlan.matchEstimate(of: query, in: db),
            estimate.phrases == 1 || match.rankArguments.count == estimate.phrases,
            SearchPlan.prefersTag(
                tagArticles: driver.value, matchArticles: estimate.articles,
                articles: try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT article_count FROM archive_stats WHERE id = 1")) ?? 0,
                wanted: wanted, lookUpCost: tagLookUpCost)
        {
            // The filter tests the tag's article before its look-up in the index.
            let (condition, arguments) = try matchCondition(
                match, filter: filter, listedTags: listedTags, id: "t.article_id", in: db)
            return (
                """
                FROM article_tag t CROSS JOIN \(match.table)
                WHERE t.tag = ? AND \(match.table).rowid = t.article_id AND \(condition)
                """,
                "t.article_id", [driver.key] + arguments, .tagFirst(tag: driver.key)
            )
        }
        let (condition, arguments) = try matchCondition(
            match, filter: filter, listedTags: listedTags, id: "\(match.table).rowid", in: db)
        return ("FROM \(match.table) WHERE \(condition)", "rowid", arguments, .matchesFirst)
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
