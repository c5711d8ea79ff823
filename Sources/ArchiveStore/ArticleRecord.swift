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
        self.init(article: article, body: article.body, quoteCount: quoteCount, importedAt: importedAt)
    }

    /// A record for `article`, whose body (`article.body`, the paragraphs joined) is `body`.
    init(article: Article, body: String, quoteCount: Int, importedAt: Date) {
        id = nil
        title = article.title
        byline = article.byline
        self.body = body
        source = SourceAddress.normalised(article.source)
        guid = article.guid
        contentHash = ContentHash.of(title: title, byline: byline, body: body)
        self.importedAt = importedAt
        publishedAt = article.publishedAt
        // From the body, which holds the paragraphs' words with white space between them:
        // the same count, and the paragraphs need not be kept for it.
        wordCount = Article.wordCount(title) + Article.wordCount(body)
        self.quoteCount = quoteCount
        analysisVersion = QuoteAnalyzer.version
        language = nil
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The body split back into paragraphs (at each blank line, `\n\n`).
    public var paragraphs: [String] {
        let utf8 = body.utf8
        return paragraphByteRanges.map { range in
            String(
                body.unicodeScalars[
                    utf8.index(
                        utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                            utf8.startIndex, offsetBy: range.upperBound)])
        }
    }

    /// Where each paragraph of `paragraphs` is in the body's UTF-8 bytes, so that they can be
    /// written out from the body without a copy of each.
    ///
    /// Works on the UTF-8 bytes: a line feed is never part of a longer character, and
    /// Foundation's `components(separatedBy:)` took seconds on a 50 MB body.
    public var paragraphByteRanges: [Range<Int>] {
        let newline = UInt8(ascii: "\n")
        var body = body
        return body.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var start = 0
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == newline && bytes[index + 1] == newline {
                    ranges.append(start..<index)
                    index += 2
                    start = index
                } else {
                    index += 1
                }
            }
            ranges.append(start..<bytes.count)
            return ranges
        }
    }
}
