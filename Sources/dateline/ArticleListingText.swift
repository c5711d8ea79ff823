import ArchiveStore

/// One article of `dateline list` as a text line: id, markers, title, byline, quote count.
enum ArticleListingText {
    static func line(_ summary: ArticleSummary) -> String {
        let marker = summary.bookmarked ? "*" : " "
        let byline = summary.byline.map { " — \($0)" } ?? ""
        return
            "\(String(summary.id).leftPadded(to: 6)) \(marker) \(summary.title)\(byline) (\(summary.quoteCount) quotes)"
    }
}

extension String {
    /// The string right-aligned in `width` columns (never truncated).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
