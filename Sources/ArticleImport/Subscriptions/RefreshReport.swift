/// What one `dateline refresh` did, feed by feed, in the order of the subscriptions.
public struct RefreshReport: Equatable, Sendable {
    public var results: [FeedRefreshResult]

    public init(results: [FeedRefreshResult]) {
        self.results = results
    }

    /// Articles stored by the whole run.
    public var newArticles: Int { results.reduce(0) { $0 + $1.newArticles } }

    /// Feeds that failed.
    public var failures: [FeedRefreshResult] { results.filter(\.failed) }

    /// Feeds not asked because their server asked to wait.
    public var deferred: Int {
        results.count { if case .deferred = $0.outcome { true } else { false } }
    }

    /// `12 feeds: 37 new articles, 2 failed` (and `, 1 waiting` when a server asked to wait).
    public var summary: String {
        let feeds = results.count == 1 ? "1 feed" : "\(results.count) feeds"
        let articles = newArticles == 1 ? "1 new article" : "\(newArticles) new articles"
        let waiting = deferred > 0 ? ", \(deferred) waiting" : ""
        return "\(feeds): \(articles), \(failures.count) failed\(waiting)"
    }
}
