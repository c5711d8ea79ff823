import ArticleAnalysis
import Foundation
import GRDB

/// What happened to one article handed to `Archive.insert(_:)`.
public enum InsertOutcome: Equatable, Sendable {
    /// Stored under this id.
    case imported(id: Int64)
    /// Already in the archive (same content or same feed guid) under this id.
    case duplicate(id: Int64)
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
        var pipeline = PreparationPipeline(inputs: articles) { article in
            PreparedArticle(article, importedAt: now, analyse: analyse)
        }
        return try writeArticles { db in
            var outcomes: [InsertOutcome] = []
            outcomes.reserveCapacity(articles.count)
            while let article = pipeline.next() { outcomes.append(try Archive.insert(article, in: db)) }
            return outcomes
        }
    }

    /// Runs `body`, which adds articles with `insert(_:in:)`, in one write transaction, and
    /// adds the new articles to the full-text index with one statement before committing.
    ///
    /// Indexing row by row (a trigger) made FTS5 write one index segment per article, since
    /// it flushes at every statement; one statement per transaction halves the cost of an
    /// import. Every insert into `article` goes through here.
    func writeArticles<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        try write { db in
            let lastID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM article")) ?? 0
            let result = try body(db)
            try db.cachedStatement(
                sql: """
                    INSERT INTO article_fts(rowid, title, byline, body)
                    SELECT id, title, byline, body FROM article WHERE id > ?
                    """
            ).execute(arguments: [lastID])
            return result
        }
    }

    /// Stores one prepared article with its quotes, or returns the id of the article that
    /// already has its content hash or feed guid.
    ///
    /// One plain `INSERT OR IGNORE` rather than a record insert: Codable encoding of the row
    /// cost as much as SQLite storing it. Only the unique content hash can make it ignore
    /// the row, since the guid is checked first and no column can be null unexpectedly.
    static func insert(_ article: PreparedArticle, in db: Database) throws -> InsertOutcome {
        let record = article.record
        if let guid = article.guid,
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM article WHERE guid = ?"), arguments: [guid])
        {
            return .duplicate(id: existing)
        }
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO article (title, byline, body, source, guid, content_hash, imported_at,
                    published_at, word_count, quote_count, analysis_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            record.title, record.byline, record.body, record.source, record.guid, record.contentHash,
            record.importedAt, record.publishedAt, record.wordCount, record.quoteCount, record.analysisVersion,
        ])
        guard db.changesCount > 0 else {
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM article WHERE content_hash = ?"),
                arguments: [record.contentHash])
            guard let existing else {
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "article not stored")
            }
            return .duplicate(id: existing)
        }
        let id = db.lastInsertedRowID
        try insertQuotes(article.quotes, articleID: id, in: db)
        return .imported(id: id)
    }

    /// Quote rows written by one `INSERT`: fewer statements cost less than the same rows
    /// one by one.
    static let quoteRowsPerStatement = 32

    /// `INSERT INTO quote` statements for 1 to `quoteRowsPerStatement` rows, by row count.
    private static let quoteInserts: [String] = (1...quoteRowsPerStatement).map { rows in
        #"INSERT INTO quote (article_id, start, "end", text, speaker_name, speaker_key, cue) VALUES "#
            + repeatElement("(?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    /// Adds the quote rows of an article that has none yet, and counts them into the speaker
    /// index: one upsert per speaker, not per quote.
    static func insertQuotes(_ quotes: PreparedQuotes, articleID: Int64, in db: Database) throws {
        var start = 0
        while start < quotes.rows.count {
            let rows = quotes.rows[start..<min(start + quoteRowsPerStatement, quotes.rows.count)]
            var arguments = StatementArguments()
            for row in rows {
                let quote = row.quote
                arguments += [
                    articleID, quote.span.start, quote.span.end, quote.span.text, quote.speakerName, row.speakerKey,
                    quote.cue?.text,
                ]
            }
            try db.cachedStatement(sql: quoteInserts[rows.count - 1]).execute(arguments: arguments)
            start += rows.count
        }
        guard !quotes.speakers.isEmpty else { return }
        let count = try db.cachedStatement(
            sql: """
                INSERT INTO speaker (key, name, article_count, quote_count) VALUES (?, ?, 1, ?)
                ON CONFLICT(key) DO UPDATE SET
                    quote_count = quote_count + excluded.quote_count,
                    article_count = article_count + 1,
                    name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END
                """)
        for speaker in quotes.speakers {
            try count.execute(arguments: [speaker.key, speaker.name, speaker.quotes])
        }
    }

    /// The article with this id, body included.
    public func article(id: Int64) throws(ArchiveError) -> ArticleRecord {
        let record = try read { db in try ArticleRecord.fetchOne(db, key: id) }
        guard let record else { throw .noSuchArticle(id: id) }
        return record
    }

    /// The number of articles, read from a counter kept by triggers (no scan).
    public func articleCount() throws(ArchiveError) -> Int {
        try read { db in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT article_count FROM archive_stats WHERE id = 1")) ?? 0
        }
    }

    /// A page of summaries, newest import first, starting after the article `afterID`
    /// (keyset pagination: the cost does not grow with the position in the archive).
    public func summaries(after afterID: Int64? = nil, limit: Int, bookmarkedOnly: Bool = false) throws(ArchiveError)
        -> [ArticleSummary]
    {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let afterID {
                conditions.append("a.id < ?")
                _ = arguments.append(contentsOf: [afterID])
            }
            if bookmarkedOnly { conditions.append("b.article_id IS NOT NULL") }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            _ = arguments.append(contentsOf: [limit])
            return try ArticleSummary.fetchAll(
                db.cachedStatement(sql: ArticleSummary.selection + filter + " ORDER BY a.id DESC LIMIT ?"),
                arguments: arguments)
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

    /// The stored quotes of an article, in text order.
    public func quotes(articleID: Int64) throws(ArchiveError) -> [QuoteRecord] {
        try read { db in
            try QuoteRecord.fetchAll(
                db, sql: "SELECT * FROM quote WHERE article_id = ? ORDER BY start", arguments: [articleID])
        }
    }

    /// Removes an article; its bookmark, reading state and quotes go with it.
    public func deleteArticle(id: Int64) throws(ArchiveError) {
        let deleted = try write { db in try ArticleRecord.deleteOne(db, key: id) }
        if !deleted { throw .noSuchArticle(id: id) }
    }
}
