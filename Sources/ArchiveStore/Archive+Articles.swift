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
    public func insert(
        _ articles: [Article], now: Date = Date(),
        analyse: (String) -> Annotations = QuoteAnalyzer.annotate
    ) throws(ArchiveError) -> [InsertOutcome] {
        let analysed = articles.map { ($0, analyse($0.body)) }
        return try write { db in
            try analysed.map { article, annotations in
                try Archive.insert(article, annotations: annotations, now: now, in: db)
            }
        }
    }

    static func insert(_ article: Article, annotations: Annotations, now: Date, in db: Database) throws
        -> InsertOutcome
    {
        var record = ArticleRecord(article: article, quoteCount: annotations.quotes.count, importedAt: now)
        if let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM article WHERE content_hash = ?", arguments: [record.contentHash])
        {
            return .duplicate(id: existing)
        }
        if let guid = article.guid,
            let existing = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE guid = ?", arguments: [guid])
        {
            return .duplicate(id: existing)
        }
        try record.insert(db)
        let id = record.id!
        try storeQuotes(annotations.quotes, articleID: id, in: db)
        return .imported(id: id)
    }

    /// Replaces the stored quotes of an article.
    static func storeQuotes(_ quotes: [Quote], articleID: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM quote WHERE article_id = ?", arguments: [articleID])
        for quote in quotes {
            var row = QuoteRecord(
                id: nil, articleID: articleID, start: quote.span.start, end: quote.span.end,
                text: quote.span.text, speakerName: quote.speakerName,
                speakerKey: quote.speakerName.map(SpeakerName.key).flatMap { $0.isEmpty ? nil : $0 },
                cue: quote.cue?.text)
            try row.insert(db)
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
        try read { db in try Int.fetchOne(db, sql: "SELECT article_count FROM archive_stats WHERE id = 1") ?? 0 }
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
                db, sql: ArticleSummary.selection + filter + " ORDER BY a.id DESC LIMIT ?", arguments: arguments)
        }
    }

    /// The summary of one article.
    public func summary(id: Int64) throws(ArchiveError) -> ArticleSummary {
        let summary = try read { db in
            try ArticleSummary.fetchOne(db, sql: ArticleSummary.selection + " WHERE a.id = ?", arguments: [id])
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
