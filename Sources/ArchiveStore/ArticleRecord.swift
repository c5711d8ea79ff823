import ArticleAnalysis
import Foundation
import GRDB

/// One row of the `article` table: an imported article with its body.
public struct ArticleRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "article"

    public var id: Int64?
    public var title: String
    public var byline: String?
    public var body: String
    public var source: String?
    public var guid: String?
    public var contentHash: String
    public var importedAt: Date
    public var publishedAt: Date?
    public var wordCount: Int
    public var quoteCount: Int
    public var analysisVersion: Int
    /// The language the analyser told (`Language.rawValue`: "en", "es", …); `nil` for an
    /// article stored before languages were told, until `dateline reanalyze`.
    public var language: String?

    enum CodingKeys: String, CodingKey {
        case id, title, byline, body, source, guid
        case contentHash = "content_hash"
        case importedAt = "imported_at"
        case publishedAt = "published_at"
        case wordCount = "word_count"
        case quoteCount = "quote_count"
        case analysisVersion = "analysis_version"
        case language
    }

    /// Column names for queries.
    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let title = Column(CodingKeys.title)
        static let contentHash = Column(CodingKeys.contentHash)
        static let guid = Column(CodingKeys.guid)
        static let body = Column(CodingKeys.body)
        static let analysisVersion = Column(CodingKeys.analysisVersion)
        /// The quotations as JSON (`StoredQuote`), written by `ArticleWriter`; not a property.
        static let quotes = Column("quotes")
    }

    /// A record for `article`, imported now, its source checked and normalised (`SourceAddress`).
    public init(article: Article, quoteCount: Int, importedAt: Date = Date()) {
        id = nil
        title = article.title
        byline = article.byline
        body = article.body
        source = SourceAddress.normalised(article.source)
        guid = article.guid
        contentHash = ContentHash.of(title: title, byline: byline, body: body)
        self.importedAt = importedAt
        publishedAt = article.publishedAt
        wordCount = article.wordCount
        self.quoteCount = quoteCount
        analysisVersion = QuoteAnalyzer.version
        language = nil
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The body split back into paragraphs.
    public var paragraphs: [String] {
        body.components(separatedBy: "\n\n")
    }
}
