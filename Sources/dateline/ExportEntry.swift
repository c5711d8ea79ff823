import ArchiveStore
import Foundation

/// One exported article: title, byline, source, note and its quotes with speakers.
struct ExportEntry: Encodable {
    struct QuoteEntry: Encodable {
        var text: String
        var speaker: String?
        var cue: String?
    }

    var id: Int64
    var title: String
    var byline: String?
    var source: String?
    var note: String?
    var bookmarkedAt: Date
    var quotes: [QuoteEntry]

    init(record: ArticleRecord, bookmark: Bookmark, quotes: [QuoteRecord]) {
        id = record.id ?? 0
        title = record.title
        byline = record.byline
        source = record.source
        note = bookmark.note
        bookmarkedAt = bookmark.createdAt
        self.quotes = quotes.map { QuoteEntry(text: $0.text, speaker: $0.speakerName, cue: $0.cue) }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, byline, source, note, quotes
        case bookmarkedAt = "bookmarked_at"
    }

    /// The entry as Markdown: a heading, the byline, source and note, then one blockquote per
    /// quote (`> “…” — Speaker`).
    var markdown: String {
        var lines = ["## \(title)", ""]
        if let byline { lines.append("By \(byline)  ") }
        if let source { lines.append("Source: \(source)  ") }
        if let note { lines.append("Note: \(note)") }
        lines.append("")
        for quote in quotes {
            let text = quote.text.replacingOccurrences(of: "\n\n", with: " ")
            lines.append("> \(text)" + (quote.speaker.map { " — \($0)" } ?? ""))
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
