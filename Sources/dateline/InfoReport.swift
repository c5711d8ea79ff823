import ArchiveStore
import ArticleAnalysis
import Foundation

/// The output of `dateline info`, as JSON keys or as aligned text lines.
struct InfoReport: Encodable {
    var version = DatelineVersion.current
    var archive: String
    var schema: String
    var migrations: Int
    var analyser: Int = QuoteAnalyzer.version
    var articles: Int
    var quotes: Int
    var bookmarks: Int
    /// Articles whose annotations an older analyser made (`dateline reanalyze` refreshes them).
    var staleAnalysis: Int

    init(info: ArchiveInfo) {
        archive = info.path
        schema = info.schemaVersion
        migrations = info.migrationCount
        articles = info.articleCount
        quotes = info.quoteCount
        bookmarks = info.bookmarkCount
        staleAnalysis = info.staleAnalysisCount
    }

    enum CodingKeys: String, CodingKey {
        case version, archive, schema, migrations, analyser, articles, quotes, bookmarks
        case staleAnalysis = "stale_analysis"
    }

    /// One `name: value` line per field, the names aligned.
    var text: String {
        let stale = staleAnalysis > 0 ? " (\(staleAnalysis) by an older one: dateline reanalyze)" : ""
        let lines: [(String, String)] = [
            ("version", version), ("archive", archive), ("schema", "\(schema) (\(migrations) migrations)"),
            ("analyser", "\(analyser)\(stale)"), ("articles", "\(articles)"), ("quotes", "\(quotes)"),
            ("bookmarks", "\(bookmarks)"),
        ]
        return lines.map { "\($0.0):".padding(toLength: 11, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
    }
}
