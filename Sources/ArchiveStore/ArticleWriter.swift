import ArticleAnalysis
import GRDB
import GRDBSQLite

/// Stores prepared articles inside one write transaction, and does once per transaction
/// what would cost more once per article: the full-text index of the new articles, their
/// unread entries, the article count, the words' article counts (`search_term`) and the
/// speaker index.
///
/// FTS5 flushes its pending terms to a new index segment at every statement, so indexing
/// each article as it is inserted (a trigger) wrote one segment per article and merging them
/// cost as much again. Every insert into `article` goes through here (`Archive.writeArticles`).
///
/// The statements are SQL on purpose: this is the import's hot path, each statement is
/// prepared once per transaction (`cachedStatement`), and the upserts, `INSERT … SELECT` into
/// the FTS5 table and `OR IGNORE` conflicts are SQLite features the query interface does not
/// express.
public struct ArticleWriter {
    /// One speaker's quotations and articles added by this transaction.
    private struct SpeakerCount {
        let key: String
        var name: String
        /// The length of `name` in scalars, counted by `PreparedQuotes` (counting both names
        /// here for every row cost the writer 9,000 instructions an article).
        var nameLength: Int
        var articles = 0
        var quotes = 0

        init(_ tally: PreparedQuotes.SpeakerTally) {
            key = tally.key
            name = tally.name
            nameLength = tally.nameLength
        }

        /// Counts one article's tally; the fullest name (the first of the longest) wins.
        mutating func add(_ tally: PreparedQuotes.SpeakerTally) {
            if tally.nameLength > nameLength {
                name = tally.name
                nameLength = tally.nameLength
            }
            articles += 1
            quotes += tally.quotes
        }
    }

    let db: Database
    /// The largest article id before the transaction: newer ids are this transaction's (ids
    /// only grow, and GRDB's write transactions are IMMEDIATE, so no other writer adds
    /// articles in between).
    private let lastIDBefore: Int64
    private var imported = 0
    /// This transaction's articles with text for the pair index, and their pairs.
    private var pairs: [(id: Int64, title: String, body: String)] = []
    /// This transaction's speakers, one per speaker and article: written at `finish`.
    private var speakerRows: [(tally: PreparedQuotes.SpeakerTally, articleID: Int64)] = []
    /// Each word of this transaction's articles with the number of them that hold it, for
    /// `search_term` (`SearchTerms.add`).
    private var terms = TermTable()
    /// Whether `finish` indexes with FTS5's automatic merging off (`Archive.writeArticles`).
    private let defersIndexMerging: Bool

    init(_ db: Database, defersIndexMerging: Bool = false) throws {
        self.db = db
        self.defersIndexMerging = defersIndexMerging
        lastIDBefore = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM article")) ?? 0
    }

    /// Stores one prepared article with its quotes, or returns the id of the article that
    /// already has its feed guid or content hash, or `.removed` when its feed guid is that of
    /// an article removed from the archive.
    ///
    /// A plain `INSERT OR IGNORE` with arguments bound off this thread: Codable encoding of
    /// the row cost as much as SQLite storing it. Only the unique content hash can make it
    /// ignore the row, since the guid is checked first and no column is null unexpectedly.
    public mutating func insert(_ article: PreparedArticle) throws -> InsertOutcome {
        if let guid = article.guid,
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM article WHERE guid = ?"), arguments: [guid])
        {
            return .duplicate(id: existing)
        }
        if let guid = article.guid,
            try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM deleted_guid WHERE guid = ?)"),
                arguments: [guid]) == true
        {
            return .removed
        }
        try db.cachedStatement(sql: PreparedArticle.insertSQL).execute(arguments: article.arguments)
        guard db.changesCount > 0 else {
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM article WHERE content_hash = ?"),
                arguments: [article.contentHash])
            guard let existing else {
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "article not stored")
            }
            return .duplicate(id: existing)
        }
        let id = db.lastInsertedRowID
        imported += 1
        if let articlePairs = article.pairs { pairs.append((id, articlePairs.title, articlePairs.body)) }
        terms.add(article.terms)
        try indexSpeakers(article.quotes, articleID: id)
        return .imported(id: id)
    }

    /// Gives the article `id` the tags `tags` (each checked by `TagName.normalised`);
    /// tags it has already are kept once.
    public func tag(_ id: Int64, with tags: [String]) throws {
        try Archive.tag(id, with: tags, in: db)
    }

    /// Replaces the stored quotes of an article with a new analysis (`dateline reanalyze`).
    mutating func replaceQuotes(
        ofArticle id: Int64, with quotes: PreparedQuotes, language: Language, version: Int
    ) throws {
        // The delete trigger takes the old quotations out of the speaker counts.
        try db.execute(sql: "DELETE FROM speaker_article WHERE article_id = ?", arguments: [id])
        try db.execute(
            sql: "UPDATE article SET quotes = ?, quote_count = ?, analysis_version = ?, language = ? WHERE id = ?",
            arguments: [quotes.json, quotes.count, version, language.rawValue, id])
        try indexSpeakers(quotes, articleID: id)
    }

    /// Adds the speakers of an article's quotations to the speaker index when the
    /// transaction finishes (`indexSpeakerRows`).
    private mutating func indexSpeakers(_ quotes: PreparedQuotes, articleID: Int64) throws {
        for speaker in quotes.speakers { speakerRows.append((speaker, articleID)) }
    }

    /// Writes the transaction's speaker rows in the index's own order, speaker then article,
    /// and adds each speaker's tallies to its totals once.
    ///
    /// In that order consecutive rows go to the same pages of `speaker_article` (a
    /// `WITHOUT ROWID` table keyed by speaker), and a speaker's rows come together, so its
    /// totals are summed on the way.
    private func indexSpeakerRows() throws {
        guard !speakerRows.isEmpty else { return }
        let row = try db.cachedStatement(
            sql: """
                INSERT INTO speaker_article (speaker_key, article_id, quote_count, first_quote_start)
                VALUES (?, ?, ?, ?)
                """)
        let total = try db.cachedStatement(
            sql: """
                INSERT INTO speaker (key, name, article_count, quote_count) VALUES (?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET
                    quote_count = quote_count + excluded.quote_count,
                    article_count = article_count + excluded.article_count,
                    name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END
                """)
        func add(_ speaker: SpeakerCount) throws {
            try total.execute(arguments: [speaker.key, speaker.name, speaker.articles, speaker.quotes])
        }
        var speaker: SpeakerCount?
        for (tally, articleID) in speakerRows.sorted(by: { ($0.tally.key, $0.articleID) < ($1.tally.key, $1.articleID) }
        ) {
            try Self.insertSpeakerRow(
                row, in: db, key: tally.key, articleID: articleID, quotes: tally.quotes, firstStart: tally.firstStart)
            if speaker?.key != tally.key {
                if let finished = speaker { try add(finished) }
                speaker = SpeakerCount(tally)
            }
            speaker?.add(tally)
        }
        if let finished = speaker { try add(finished) }
    }

    /// Runs the speaker row `statement` with its four values bound by SQLite's own calls.
    ///
    /// An import stores seven of these rows per article, and GRDB's generic execution (an
    /// array of values made, checked against the statement, bound and cleared again) cost
    /// 7,000 of each row's 24,000 instructions on the thread that writes.
    static func insertSpeakerRow(
        _ statement: Statement, in db: Database, key: String, articleID: Int64, quotes: Int, firstStart: Int
    ) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        // From the key's own bytes, up to a NUL as a C string would end: passed as a `String`,
        // the key was first copied into a new C string.
        var key = key
        var code = key.withUTF8 { bytes in
            let length = bytes.firstIndex(of: 0) ?? bytes.count
            return bytes.withMemoryRebound(to: CChar.self) { characters in
                // An empty key is empty text, not the NULL a missing address would bind.
                guard let base = characters.baseAddress else {
                    return sqlite3_bind_text(handle, 1, "", 0, Self.transient)
                }
                return sqlite3_bind_text(handle, 1, base, Int32(length), Self.transient)
            }
        }
        if code == SQLITE_OK { code = sqlite3_bind_int64(handle, 2, articleID) }
        if code == SQLITE_OK { code = sqlite3_bind_int64(handle, 3, Int64(quotes)) }
        if code == SQLITE_OK { code = sqlite3_bind_int64(handle, 4, Int64(firstStart)) }
        if code == SQLITE_OK { code = sqlite3_step(handle) }
        let message = code == SQLITE_DONE ? nil : db.lastErrorMessage
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// FTS5's number of segments on one level that its automatic merging merges (its default,
    /// which the archive keeps).
    static let automergeSegments = 4

    /// Adds the transaction's new articles to the full-text index `article_fts`, in one
    /// statement: one index segment (or one per megabyte of pending words).
    ///
    /// When `defersIndexMerging`, FTS5's automatic merging is off while it writes them: every
    /// segment it writes otherwise starts merges proportional to its size on every level of the
    /// index, work that a bulk load repeats as it grows and that the merge after it
    /// (`mergeSearchIndexAfterImport`) does again. Setting the option writes the pending words
    /// to disk first, so restoring it writes this transaction's segments without merging them;
    /// being part of the transaction, the option is never left off by an import that stops.
    /// FTS5's crisis merge (16 segments on one level) still bounds the segments meanwhile.
    private func indexNewArticles() throws {
        if defersIndexMerging { try setAutomerge(0) }
        try db.cachedStatement(
            sql: """
                INSERT INTO article_fts(rowid, title, byline, body)
                SELECT id, title, byline, body FROM article WHERE id > ?
                """
        ).execute(arguments: [lastIDBefore])
        if defersIndexMerging { try setAutomerge(Self.automergeSegments) }
    }

    /// Sets FTS5's `automerge` option of `article_fts`.
    private func setAutomerge(_ segments: Int) throws {
        try db.cachedStatement(sql: "INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', ?)")
            .execute(arguments: [segments])
    }

    /// SQLite's `SQLITE_TRANSIENT`: the bound text is copied before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Indexes the new articles for search, counts them, and adds the speakers' quotations
    /// to the speaker index; called once, before the transaction commits.
    func finish() throws {
        // New articles come in unread, unless the transaction gave one a read state already
        // (`Archive.restore`). First, while no virtual table is part of the transaction: this
        // statement then opens no savepoint in the full-text indexes.
        if imported > 0 {
            try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO unread_article (article_id)
                    SELECT id FROM article a WHERE id > ?
                        AND NOT EXISTS (SELECT 1 FROM reading_state r WHERE r.article_id = a.id AND r.read)
                    """
            ).execute(arguments: [lastIDBefore])
        }
        try indexSpeakerRows()
        try indexNewArticles()
        // Pairs made on the preparing threads: making them here cost the writer an eighth of
        // its instructions when 3% of the articles were Japanese. One statement per article
        // that has any, all after the full-text index: FTS5 writes them as one segment.
        let insertPairs = try db.cachedStatement(sql: UnspacedGramsIndex.insertPrepared)
        for (id, title, body) in pairs { try insertPairs.execute(arguments: [id, title, body]) }
        if imported > 0 {
            // `search_term` takes the words of the new articles when it described the archive
            // before them; otherwise (an archive an earlier version imported into) it is copied
            // from the index once, and kept from then on.
            let termsCurrent = try SearchTerms.isCurrent(db)
            try db.execute(
                sql: "UPDATE archive_stats SET article_count = article_count + ? WHERE id = 1", arguments: [imported])
            if termsCurrent {
                try SearchTerms.add(terms, articles: imported, in: db)
            } else {
                try SearchTerms.refresh(db)
            }
        }
    }
}
