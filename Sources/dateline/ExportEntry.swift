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
    var bookmarkedAt: Date?
    var quotes: [QuoteEntry]

    init(record: ArticleRecord, bookmark: Bookmark?, quotes: [QuoteRecord]) {
        id = record.id ?? 0
        title = record.title
        byline = record.byline
        source = record.source
        note = bookmark?.note
        bookmarkedAt = bookmark?.createdAt
        self.quotes = quotes.map { QuoteEntry(text: $0.text, speaker: $0.speakerName, cue: $0.cue) }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, byline, source, note, quotes
        case bookmarkedAt = "bookmarked_at"
    }

    /// The entry as Markdown: a heading, the byline, source and note, then one blockquote per
    /// quote (`> “…” — Speaker`). Every field is escaped (`MarkdownText`), so none can add a
    /// line or formatting of its own.
    var markdown: String {
        var lines = ["## \(MarkdownText.escaped(title))", ""]
        if let byline { lines.append("By \(MarkdownText.escaped(byline))  ") }
        if let source { lines.append("Source: \(MarkdownText.escaped(source))  ") }
        if let note { lines.append("Note: \(MarkdownText.escaped(note))") }
        lines.append("")
        for quote in quotes {
            let speaker = quote.speaker.map { " — " + MarkdownText.escaped($0) } ?? ""
            lines.append("> \(MarkdownText.escaped(quote.text))" + speaker)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
