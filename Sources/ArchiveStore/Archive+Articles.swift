import ArticleAnalysis
import Foundation
import GRDB

/// What happened to one article handed to `Archive.insert(_:)`.
public enum InsertOutcome: Equatable, Sendable {
    /// Stored under this id.
    case imported(id: Int64)
    /// Already in the archive (same content or same feed guid) under this id.
    case duplicate(id: Int64)
    /// Not stored: its feed guid is that of an article removed from the archive.
    case removed
}

extension Archive {
    /// Stores `articles` in one transaction, analysing each body with `analyse`; duplicates
    /// are skipped. Either every article is stored or, on error, none is.
    ///
    /// Analysis runs on the other cores while SQLite writes (see `PreparationPipeline`).
    public func insert(
        _ articles: [Article], now: Date = Date(),
        analyse: @escaping @Sendable (String) -> Annotations = QuoteAnalyzer.annotate
    ) throws(ArchiveError) -> [InsertOutcome] {
        let pipeline = PreparationPipeline(inputs: articles, weight: \.bodyBytes) { article in
            PreparedArticle(article, importedAt: now, analyse: analyse)
        }
        return try writeArticles { writer in
            var outcomes: [InsertOutcome] = []
            outcomes.reserveCapacity(articles.count)
            while let article = pipeline.next() { outcomes.append(try writer.insert(article)) }
            return outcomes
        }
    }

    /// Runs `body`, which stores articles with an `ArticleWriter`, in one write transaction;
    /// the writer indexes and counts them before the transaction commits.
    ///
    /// `deferringIndexMerges` is for a bulk load whose caller merges the search index once it
    /// ends (`mergeSearchIndexAfterImport(imported:mergesDeferred:)`): the transaction's
    /// articles are indexed without FTS5's automatic merging (`ArticleWriter`).
    ///
    /// The log is copied into the archive on another thread (`BackgroundCheckpoint`): this
    /// transaction's commit does not checkpoint, and when a checkpoint has run since the last
    /// one, the frames committed meanwhile are copied first.
    public func writeArticles<T>(
        deferringIndexMerges: Bool = false, _ body: (inout ArticleWriter) throws -> T
    ) throws(ArchiveError) -> T {
        if let checkpoint, checkpoint.takeFinished() {
            try writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
        }
        let result = try write { db in
            if checkpoint != nil { try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
            var writer = try ArticleWriter(db, defersIndexMerging: deferringIndexMerges)
            let result = try body(&writer)
            try writer.finish()
            return result
        }
        if let checkpoint {
            try writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(try Archive.autocheckpointPages(db))")
            }
            checkpoint.startIfLogIsLarge()
        }
        return result
    }

    /// The article with this id, body included.
    public func article(id: Int64) throws(ArchiveError) -> ArticleRecord {
        let record = try read { db in try ArticleRecord.fetchOne(db, key: id) }
        guard let record else { throw .noSuchArticle(id: id) }
        return record
    }

    /// The number of articles, read from a counter (no scan) that `ArticleWriter` raises once
    /// per transaction and a delete trigger lowers.
    public func articleCount() throws(ArchiveError) -> Int {
        try read { db in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT article_count FROM archive_stats WHERE id = 1")) ?? 0
        }
    }

    /// How many articles next in import order a page of a date, source or language filter
    /// first walks (`ArticleFilter.testsOwnColumns`), in the narrow index `article_list_walk`.
    static let nearbyArticles = 20_000

    /// A page of at most `limit` summaries on the `direction` side of the article `id` in
    /// `order` (keyset pagination: the cost does not grow with the position in the list);
    /// without `id`, the first page, or with `.newer` the last page. `filter` keeps the
    /// articles it matches. In an order other than import order, a page next to an article
    /// that is gone is empty.
    ///
    /// The list pane pages down, up and to either end with this. Each filter term is answered
    /// from an index (`ArticleFilter.conditions`). A date range or a source, which no index
    /// gives in import order, is first looked for by walking the next `nearbyArticles`
    /// articles in import order in `article_list_walk` (`walkQuery`), which finds the page at
    /// once when matches are common, then through the indexes, quick when they are rare. The
    /// query stays SQL: the summary joins bookmarks and reading state into computed columns
    /// (`ArticleSummary.selection`), and GRDB's literal interpolation keeps its arguments
    /// bound and its statement cached.
    public func summaries(
        _ direction: SummaryDirection = .older, than id: Int64? = nil, limit: Int,
        filter: ArticleFilter = ArticleFilter(), order: ArticleOrder = .newest
    ) throws(ArchiveError) -> [ArticleSummary] {
        try summaries(direction, than: id, limit: limit, filter: filter, order: order, nearby: Self.nearbyArticles)
    }

    /// `summaries(_:than:limit:filter:order:)` walking `nearby` articles first (tests walk
    /// fewer than an archive worth measuring).
    func summaries(
        _ direction: SummaryDirection, than id: Int64?, limit: Int, filter: ArticleFilter, order: ArticleOrder,
        nearby: Int
    ) throws(ArchiveError) -> [ArticleSummary] {
        try read { db in
            var keyset: [SQL] = []
            if let id {
                // In import order an article that is gone still marks its place by its id.
                let anchor = try Row.fetchOne(db.cachedStatement(sql: order.keyValuesQuery), arguments: [id])
                guard
                    let values = anchor.map({ Array($0.databaseValues) })
                        ?? (order.terms.count == 1 ? [id.databaseValue] : nil)
                else { return [] }
                keyset.append(order.keysetCondition(after: values, reversed: direction == .newer))
            }
            let orderBy = order.orderBy(reversed: direction == .newer)
            func page(_ conditions: [SQL]) throws -> [ArticleSummary] {
                let query = Self.pageQuery(conditions, orderBy: orderBy, limit: limit)
                let page = try SQLRequest<ArticleSummary>(literal: query, cached: true).fetchAll(db)
                return direction == .older ? page : page.reversed()
            }
            if filter.testsOwnColumns, order.isImportOrder {
                // The article `nearby` on: the page found up to it is the page when it
                // is full, or when there is no such article (the walk saw every one left).
                var boundQuery: SQL = "SELECT a.id FROM article a INDEXED BY article_list_walk"
                if !keyset.isEmpty { boundQuery += " WHERE " + keyset.joined(separator: " AND ") }
                boundQuery += " ORDER BY \(sql: orderBy) LIMIT 1 OFFSET \(nearby - 1)"
                let bound = try SQLRequest<Int64>(literal: boundQuery, cached: true).fetchOne(db)
                var window = keyset
                if let bound {
                    let newestFirst = order.terms[0].descending != (direction == .newer)
                    window.append(newestFirst ? "a.id >= \(bound)" : "a.id <= \(bound)")
                }
                let walk = Self.walkQuery(window + filter.conditions(perArticle: true), orderBy: orderBy, limit: limit)
                let found = try page(["a.id IN (" + walk + ")"])
                if found.count == limit || bound == nil { return found }
            }
            return try page(keyset + filter.conditions)
        }
    }

    /// The query of a page of summaries: those meeting every condition, in the order of
    /// `orderBy`, at most `limit`.
    static func pageQuery(_ conditions: [SQL], orderBy: String, limit: Int) -> SQL {
        var query: SQL = "\(sql: ArticleSummary.selection)"
        if !conditions.isEmpty { query += " WHERE " + conditions.joined(separator: " AND ") }
        return query + " ORDER BY \(sql: orderBy) LIMIT \(limit)"
    }

    /// The ids of the first `limit` articles in import order (`orderBy`) meeting `conditions`
    /// (the per-article form, `ArticleFilter.conditions(perArticle:)`), found by walking the
    /// narrow index `article_list_walk`, which holds every column those conditions test.
    static func walkQuery(_ conditions: [SQL], orderBy: String, limit: Int) -> SQL {
        "SELECT a.id FROM article a INDEXED BY article_list_walk WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY \(sql: orderBy) LIMIT \(limit)"
    }

    /// The summaries `filter` keeps, in `order`, `limit` of them from `offset` (`nil` for all):
    /// what `dateline list` and `export` print.
    public func summaries(
        matching filter: ArticleFilter, order: ArticleOrder, limit: Int? = nil, offset: Int = 0
    ) throws(ArchiveError) -> [ArticleSummary] {
        try read { db in
            var query: SQL = "\(sql: ArticleSummary.selection)"
            if let clause = filter.whereClause() { query += " WHERE " + clause }
            query += " ORDER BY \(sql: order.orderBy()) LIMIT \(limit ?? -1) OFFSET \(max(offset, 0))"
            return try SQLRequest<ArticleSummary>(literal: query, cached: true).fetchAll(db)
        }
    }

    /// The number of articles `filter` keeps; without a filter, the counter (no scan).
    public func count(matching filter: ArticleFilter) throws(ArchiveError) -> Int {
        guard let clause = filter.whereClause() else { return try articleCount() }
        return try read { db in
            try SQLRequest<Int>(literal: "SELECT count(*) FROM article a WHERE " + clause, cached: true)
                .fetchOne(db) ?? 0
        }
    }

    /// The summary of one article.
    public func summary(id: Int64) throws(ArchiveError) -> ArticleSummary {
        let summary = try read { db in
            try ArticleSummary.fetchOne(
                db.cachedStatement(sql: ArticleSummary.selection + " WHERE a.id = ?"), arguments: [id])
        }
        guard let summary else { throw .noSuchArticle(id: id) }
        return summary
    }

    /// The summaries of the articles `ids`, in that order and each once; throws
    /// `.noSuchArticles` naming every id that has no article.
    public func summaries(ids: [Int64]) throws(ArchiveError) -> [ArticleSummary] {
        try read { db in
            let statement = try db.cachedStatement(sql: ArticleSummary.selection + " WHERE a.id = ?")
            var found: [ArticleSummary] = []
            var unknown: [Int64] = []
            for id in ids where !found.contains(where: { $0.id == id }) && !unknown.contains(id) {
                if let summary = try ArticleSummary.fetchOne(statement, arguments: [id]) {
                    found.append(summary)
                } else {
                    unknown.append(id)
                }
            }
            if !unknown.isEmpty { throw ArchiveError.noSuchArticles(ids: unknown) }
            return found
        }
    }

    /// The stored quotes of an article, in text order.
    public func quotes(articleID: Int64) throws(ArchiveError) -> [QuoteRecord] {
        let row = try read { db in
            try Row.fetchOne(
                db,
                ArticleRecord.select(ArticleRecord.Columns.body, ArticleRecord.Columns.quotes).filter(key: articleID))
        }
        guard let row else { return [] }
        return QuoteRecord.records(
            try StoredQuote.decode(column: row["quotes"], articleID: articleID), body: row["body"])
    }

    /// Removes the articles `ids` in one transaction, with their quotes, bookmarks, reading
    /// state and entries in both full-text indexes; the speaker index and the counts follow.
    ///
    /// Foreign keys and triggers do the work (`ArchiveSchema`): bookmarks, reading state and
    /// speaker rows cascade, the speaker rows' trigger lowers the speaker totals, and the
    /// article's delete triggers take it out of `article_fts`, `article_grams` and the article
    /// count. The feed guid of a removed article is remembered (`deleted_guid`), so importing
    /// its feed again does not bring it back. When an id names no article nothing is removed:
    /// the error names every unknown id.
    public func remove(ids: [Int64]) throws(ArchiveError) {
        try write { db in
            let lookup = try db.cachedStatement(sql: "SELECT guid FROM article WHERE id = ?")
            var guids: [String] = []
            var unknown: [Int64] = []
            for id in ids {
                guard let row = try Row.fetchOne(lookup, arguments: [id]) else {
                    if !unknown.contains(id) { unknown.append(id) }
                    continue
                }
                if let guid: String = row["guid"] { guids.append(guid) }
            }
            if !unknown.isEmpty { throw ArchiveError.noSuchArticles(ids: unknown) }
            let remember = try db.cachedStatement(sql: "INSERT OR IGNORE INTO deleted_guid (guid) VALUES (?)")
            for guid in guids { try remember.execute(arguments: [guid]) }
            // The removed articles' words leave `search_term` as they leave the index.
            let termsCurrent = try SearchTerms.isCurrent(db)
            var terms = TermTable()
            var removed = 0
            let text = try db.cachedStatement(sql: "SELECT title, byline, body FROM article WHERE id = ?")
            let delete = try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?")
            for id in ids {
                if termsCurrent, let row = try Row.fetchOne(text, arguments: [id]) {
                    removed += 1
                    terms.add(IndexTerms.of(title: row[0], byline: row[1], body: row[2]))
                }
                try delete.execute(arguments: [id])
            }
            if termsCurrent { try SearchTerms.remove(terms, articles: removed, in: db) }
        }
    }
}
