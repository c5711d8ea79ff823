import ArchiveStore
import Foundation

/// One article of `dateline list` as a text line: id, date, marks, title, byline, quote count.
enum ArticleListingText {
    /// What the columns of a line mean, for the help of the commands that print them.
    static let legend = """
        Each line: the id, the date (published, else imported), the marks (* bookmarked, \
        r read), the title, the byline, the number of quotations and the tags (#name).
        """

    static func line(_ summary: ArticleSummary) -> String {
        let marks = (summary.bookmarked ? "*" : " ") + (summary.read ? "r" : " ")
        let byline = summary.byline.map { " — \($0)" } ?? ""
        let quotes = summary.quoteCount == 1 ? "1 quote" : "\(summary.quoteCount) quotes"
        let date = (summary.publishedAt ?? summary.importedAt).formatted(day)
        let tags = summary.tags.map { " #" + $0 }.joined()
        return
            "\(String(summary.id).leftPadded(to: 6))  \(date)  \(marks)  \(summary.title)\(byline) (\(quotes))\(tags)"
    }

    /// `yyyy-MM-dd` in the user's time zone.
    private static let day = Date.ISO8601FormatStyle(timeZone: .current).year().month().day()
}

extension String {
    /// The string right-aligned in `width` columns (never truncated).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
