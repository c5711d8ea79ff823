import ArchiveStore
import Foundation

/// One article of `dateline list --format json` (the contract's keys).
struct ArticleListingJSON: Encodable {
    var id: Int64
    var title: String
    var byline: String?
    var source: String?
    var bookmarked: Bool
    var note: String?
    var read: Bool
    var quotes: Int
    var words: Int
    var importedAt: Date
    var publishedAt: Date?
    var tags: [String]

    init(_ summary: ArticleSummary) {
        id = summary.id
        title = summary.title
        byline = summary.byline
        source = summary.source
        bookmarked = summary.bookmarked
        note = summary.note
        read = summary.read
        quotes = summary.quoteCount
        words = summary.wordCount
        importedAt = summary.importedAt
        publishedAt = summary.publishedAt
        tags = summary.tags
    }

    enum CodingKeys: String, CodingKey {
        case id, title, byline, source, bookmarked, note, read, quotes, words, tags
        case importedAt = "imported_at"
        case publishedAt = "published_at"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(byline, forKey: .byline)
        try container.encode(source, forKey: .source)
        try container.encode(bookmarked, forKey: .bookmarked)
        try container.encode(note, forKey: .note)
        try container.encode(read, forKey: .read)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(words, forKey: .words)
        try container.encode(importedAt, forKey: .importedAt)
        try container.encode(publishedAt, forKey: .publishedAt)
        try container.encode(tags, forKey: .tags)
    }
}
