import ArchiveStore

/// An article as plain text: title, blank line, paragraphs separated by blank lines, byline.
enum ArticleText {
    static func plain(_ record: ArticleRecord) -> String {
        var text = record.title + "\n\n" + record.body + "\n"
        if let byline = record.byline { text += "\nBy \(byline)\n" }
        return text
    }
}
