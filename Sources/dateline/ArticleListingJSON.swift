import ArchiveStore
import ArticleAnalysis
import Foundation

/// One article of `dateline list --format json` (the contract's keys).
struct ArticleListingJSON {
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

    /// The fields of the object, for `JSONStreamWriter`.
    var fields: [JSONStreamWriter.Field] {
        let listing = self
        return [
            ("id", { $0.int(Int(listing.id)) }),
            ("title", { $0.string(listing.title) }),
            ("byline", { $0.string(listing.byline) }),
            ("source", { $0.string(listing.source) }),
            ("bookmarked", { $0.bool(listing.bookmarked) }),
            ("note", { $0.string(listing.note) }),
            ("read", { $0.bool(listing.read) }),
            ("quotes", { $0.int(listing.quotes) }),
            ("words", { $0.int(listing.words) }),
            ("imported_at", { $0.string(JSONOutput.date(listing.importedAt)) }),
            ("published_at", { $0.string(listing.publishedAt.map(JSONOutput.date)) }),
            ("tags", { writer in writer.array(listing.tags) { $0.string($1) } }),
        ]
    }
}
