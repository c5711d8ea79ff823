import ArchiveStore
import ArticleAnalysis
import Foundation

/// One exported article: title, byline, source, note and its quotes with speakers.
struct ExportEntry {
    struct QuoteEntry {
        var text: String
        var speaker: String?
        var cue: String?

        /// The fields of the quote's JSON object, those with no value left out.
        var fields: [JSONStreamWriter.Field] {
            var fields: [JSONStreamWriter.Field] = [("text", { [text] in $0.string(text) })]
            if let speaker { fields.append(("speaker", { $0.string(speaker) })) }
            if let cue { fields.append(("cue", { $0.string(cue) })) }
            return fields
        }
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

    /// The fields of the entry's JSON object, for `JSONStreamWriter`; a field with no value
    /// is left out, as `JSONEncoder` leaves out a `nil` property. (`JSONEncoder` built the
    /// whole export in memory, 0.45 GB for an article of 400,000 quotations.)
    var fields: [JSONStreamWriter.Field] {
        let entry = self
        var fields: [JSONStreamWriter.Field] = [
            ("id", { $0.int(Int(entry.id)) }),
            ("title", { $0.string(entry.title) }),
            ("quotes", { $0.array(entry.quotes) { $0.object($1.fields) } }),
        ]
        if let byline { fields.append(("byline", { $0.string(byline) })) }
        if let source { fields.append(("source", { $0.string(source) })) }
        if let note { fields.append(("note", { $0.string(note) })) }
        if let bookmarkedAt { fields.append(("bookmarked_at", { $0.string(JSONOutput.date(bookmarkedAt)) })) }
        return fields
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
