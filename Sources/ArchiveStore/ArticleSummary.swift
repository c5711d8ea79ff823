import Foundation
import GRDB

/// What the list pane and `dateline list` show of an article: no body.
public struct ArticleSummary: Codable, Equatable, Sendable, FetchableRecord {
    public var id: Int64
    public var title: String
    public var byline: String?
    public var source: String?
    public var importedAt: Date
    public var publishedAt: Date?
    public var wordCount: Int
    public var quoteCount: Int
    public var bookmarked: Bool
    public var note: String?
    public var read: Bool
    /// The article's tags, in alphabetical order (read from the database row only: not a
    /// coding key, so summaries coded before tags existed still decode).
    public var tags: [String] = []

    enum CodingKeys: String, CodingKey {
        case id, title, byline, source, bookmarked, note, read
        case importedAt = "imported_at"
        case publishedAt = "published_at"
        case wordCount = "word_count"
        case quoteCount = "quote_count"
    }

    /// Reads a row of `selection` column by column: the list's first page and every search
    /// result go through here, and this skips the `Decodable` machinery.
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        title = try row.decode(forColumn: "title")
        byline = try row.decode(forColumn: "byline")
        source = try row.decode(forColumn: "source")
        // A NULL here is damage: GRDB's decoding of a `Date` throws for it, as before.
        importedAt = try StoredDate.decode(row, forColumn: "imported_at") ?? row.decode(forColumn: "imported_at")
        publishedAt = try StoredDate.decode(row, forColumn: "published_at")
        wordCount = try row.decode(forColumn: "word_count")
        quoteCount = try row.decode(forColumn: "quote_count")
        bookmarked = try row.decode(forColumn: "bookmarked")
        note = try row.decode(forColumn: "note")
        read = try row.decode(forColumn: "read")
        let tagList: String? = try row.decode(forColumn: "tags")
        tags = tagList.map { $0.split(separator: " ").map(String.init) } ?? []
    }

    /// The columns a summary query selects, joined with bookmark and reading state; the tags
    /// come as one string separated by spaces (a tag has none, `TagName`).
    static let selection = """
        SELECT a.id, a.title, a.byline, a.source, a.imported_at, a.published_at, a.word_count,
               a.quote_count, b.article_id IS NOT NULL AS bookmarked, b.note AS note,
               COALESCE(r.read, 0) AS read,
               (SELECT group_concat(tag, ' ') FROM
                   (SELECT tag FROM article_tag WHERE article_id = a.id ORDER BY tag)) AS tags
        FROM article a
        LEFT JOIN bookmark b ON b.article_id = a.id
        LEFT JOIN reading_state r ON r.article_id = a.id
        """
}
