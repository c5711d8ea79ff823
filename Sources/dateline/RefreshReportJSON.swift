import ArticleImport
import Foundation

/// `dateline refresh --format json`: the totals and one object per feed.
struct RefreshReportJSON: Encodable {
    /// One feed of the run.
    struct Feed: Encodable {
        var id: Int64
        var title: String?
        var url: String
        /// `updated`, `unchanged`, `failed` or `waiting`.
        var status: String
        var new: Int
        var error: String?
        var movedTo: String?
        var waitUntil: Date?

        enum CodingKeys: String, CodingKey {
            case id, title, url, status, new, error
            case movedTo = "moved_to"
            case waitUntil = "wait_until"
        }
    }

    var feeds: [Feed]
    var newArticles: Int
    var failed: Int
    var summary: String

    init(_ report: RefreshReport) {
        feeds = report.results.map { result in
            var feed = Feed(
                id: result.subscription.id ?? 0, title: result.subscription.title,
                url: result.movedTo ?? result.subscription.url, status: "updated", new: result.newArticles,
                movedTo: result.movedTo)
            switch result.outcome {
            case .updated: break
            case .unchanged: feed.status = "unchanged"
            case .failed(let error): (feed.status, feed.error) = ("failed", error.description)
            case .deferred(let until): (feed.status, feed.waitUntil) = ("waiting", until)
            }
            return feed
        }
        newArticles = report.newArticles
        failed = report.failures.count
        summary = report.summary
    }

    enum CodingKeys: String, CodingKey {
        case feeds, failed, summary
        case newArticles = "new_articles"
    }
}
