import ArchiveStore
import Foundation

/// The line under an article's title and byline: which date it has, how long it is, where it
/// comes from and the reader's bookmark note.
///
/// "Published 2026-03-04 · from Kessel Bay Courier · 412 words, 2 min read ·
/// https://example.org/ferry · ★ ask the union". `feed` and `tags` are each left out while
/// they are empty.
public struct ArticleHeader: Hashable, Sendable {
    /// The publication date, when the article gave one.
    public var publishedAt: Date?
    /// When the article was imported: the date shown when it has no publication date.
    public var importedAt: Date
    /// The web address or file the article came from.
    public var source: String?
    /// The title of the subscription that brought the article.
    public var feed: String?
    /// The article's tags.
    public var tags: [String] = []
    public var wordCount: Int
    /// Whether the article is bookmarked, and the bookmark's note.
    public var bookmarked: Bool
    public var note: String?

    /// Reading speed for the reading time: words a minute.
    public static let wordsPerMinute = 230

    /// The header of a stored article with its bookmark, if any, and the title of the feed
    /// that brought it, if one did.
    public init(record: ArticleRecord, bookmark: Bookmark?, feed: String? = nil) {
        publishedAt = record.publishedAt
        importedAt = record.importedAt
        source = record.source
        wordCount = record.wordCount
        bookmarked = bookmark != nil
        note = bookmark?.note
        self.feed = feed
    }

    /// Minutes to read the article, at least one.
    public var readingMinutes: Int {
        max(1, (wordCount + ArticleHeader.wordsPerMinute - 1) / ArticleHeader.wordsPerMinute)
    }

    /// The header as one line of segments joined by `·`, dates written in `dateFormat`.
    public func text(dateFormat: DateFormat) -> String {
        var segments = [
            publishedAt.map { "Published " + dateFormat.string(for: $0) }
                ?? "Imported " + dateFormat.string(for: importedAt)
        ]
        if let feed, !feed.isEmpty { segments.append("from " + feed) }
        segments.append("\(wordCount) \(wordCount == 1 ? "word" : "words"), \(readingMinutes) min read")
        if let source, !source.isEmpty { segments.append(source) }
        if !tags.isEmpty { segments.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        if bookmarked { segments.append("\u{2605} " + (note.map { $0.isEmpty ? "bookmarked" : $0 } ?? "bookmarked")) }
        return segments.joined(separator: " \u{00B7} ")
    }
}
