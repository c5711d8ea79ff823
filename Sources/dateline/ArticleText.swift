import ArchiveStore

/// An article as plain text, laid out as the reader shows it: title, byline under it, blank
/// line, paragraphs separated by blank lines.
enum ArticleText {
    static func plain(_ record: ArticleRecord) -> String {
        record.title + "\n" + (record.byline.map { "By \($0)\n" } ?? "") + "\n" + record.body + "\n"
    }
}
