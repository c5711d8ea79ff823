import GRDB

/// Stores prepared articles inside one write transaction, and does once per transaction
/// what would cost more once per article: the full-text index of the new articles, the
/// article count and the speaker index.
///
/// FTS5 flushes its pending terms to a new index segment at every statement, so indexing
/// each article as it is inserted (a trigger) wrote one segment per article and merging them
/// cost as much again. Every insert into `article` goes through here (`Archive.writeArticles`).
struct ArticleWriter {
    /// One speaker's quotations and articles added by this transaction.
    private struct SpeakerCount {
        var name: String
        var articles = 0
        var quotes = 0

        /// Counts one article's tally; the fullest name (the first of the longest) wins.
        mutating func add(_ tally: PreparedQuotes.SpeakerTally) {
            if tally.name.unicodeScalars.count > name.unicodeScalars.count { name = tally.name }
            articles += 1
            quotes += tally.quotes
        }
    }

    /// `INSERT INTO quote` for 1 to `PreparedQuotes.rowsPerStatement` rows, by row count: `?1`
    /// is the article id, shared by every row, so the other values are bound before it is known.
    private static let quoteInserts: [String] = (1...PreparedQuotes.rowsPerStatement).map { rows in
        #"INSERT INTO quote (article_id, start, "end", text, speaker_name, speaker_key, cue) VALUES "#
            + (0..<rows).map { row in
                "(?1, " + (0..<6).map { "?\(2 + row * 6 + $0)" }.joined(separator: ", ") + ")"
            }.joined(separator: ", ")
    }

    let db: Database
    /// The largest article id before the transaction: newer ids are this transaction's.
    private let lastIDBefore: Int64
    private var imported = 0
    private var speakers: [String: SpeakerCount] = [:]

    init(_ db: Database) throws {
        self.db = db
        lastIDBefore = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM article")) ?? 0
    }

    /// Stores one prepared article with its quotes, or returns the id of the article that
    /// already has its feed guid or content hash.
    ///
    /// A plain `INSERT OR IGNORE` with arguments bound off this thread: Codable encoding of
    /// the row cost as much as SQLite storing it. Only the unique content hash can make it
    /// ignore the row, since the guid is checked first and no column is null unexpectedly.
    mutating func insert(_ article: PreparedArticle) throws -> InsertOutcome {
        if let guid = article.guid,
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM article WHERE guid = ?"), arguments: [guid])
        {
            return .duplicate(id: existing)
        }
        try db.cachedStatement(sql: PreparedArticle.insertSQL).execute(arguments: article.arguments)
        guard db.changesCount > 0 else {
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM article WHERE content_hash = ?"),
                arguments: [article.record.contentHash])
            guard let existing else {
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "article not stored")
            }
            return .duplicate(id: existing)
        }
        let id = db.lastInsertedRowID
        imported += 1
        try insertQuotes(article.quotes, articleID: id)
        return .imported(id: id)
    }

    /// Replaces the stored quotes of an article with a new analysis (`dateline reanalyze`).
    mutating func replaceQuotes(ofArticle id: Int64, with quotes: PreparedQuotes, version: Int) throws {
        try db.execute(sql: "DELETE FROM quote WHERE article_id = ?", arguments: [id])
        try insertQuotes(quotes, articleID: id)
        try db.execute(
            sql: "UPDATE article SET quote_count = ?, analysis_version = ? WHERE id = ?",
            arguments: [quotes.rows.count, version, id])
    }

    /// Adds the quote rows of an article that has none, and counts its speakers.
    private mutating func insertQuotes(_ quotes: PreparedQuotes, articleID: Int64) throws {
        for chunk in quotes.statements {
            try db.cachedStatement(sql: Self.quoteInserts[chunk.rows - 1])
                .execute(arguments: StatementArguments([articleID]) + chunk.arguments)
        }
        for speaker in quotes.speakers {
            speakers[speaker.key, default: SpeakerCount(name: speaker.name)].add(speaker)
        }
    }

    /// Indexes the new articles for search, counts them, and adds the speakers' quotations
    /// to the speaker index; called once, before the transaction commits.
    func finish() throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO article_fts(rowid, title, byline, body)
                SELECT id, title, byline, body FROM article WHERE id > ?
                """
        ).execute(arguments: [lastIDBefore])
        if imported > 0 {
            try db.execute(
                sql: "UPDATE archive_stats SET article_count = article_count + ? WHERE id = 1", arguments: [imported])
        }
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO speaker (key, name, article_count, quote_count) VALUES (?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET
                    quote_count = quote_count + excluded.quote_count,
                    article_count = article_count + excluded.article_count,
                    name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END
                """)
        for (key, speaker) in speakers {
            try upsert.execute(arguments: [key, speaker.name, speaker.articles, speaker.quotes])
        }
    }
}
