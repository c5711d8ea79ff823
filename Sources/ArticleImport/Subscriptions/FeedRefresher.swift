import ArchiveStore
import ArticleAnalysis
import Foundation

/// Refreshes subscriptions: fetches every feed (a bounded pool, a few requests per host),
/// asks only for what changed (`If-None-Match`, `If-Modified-Since`), and stores each feed's
/// new items with the outcome of its fetch in one transaction.
///
/// With full text on a subscription, each new item's page is fetched for the whole article
/// (`FullTextFetcher`). One failing feed never stops the others; its failure is recorded on
/// the subscription. A server's 429 or 503 with `Retry-After` is not asked again before that
/// time; a permanent redirect replaces the stored address.
public struct FeedRefresher: Sendable {
    /// Requests running at once, in all.
    public static let defaultPoolSize = 8
    /// Requests running at once to one host.
    public static let defaultPerHost = 4
    /// How long a server that answered 429 without `Retry-After` is left alone.
    public static let defaultBackOff = 15 * 60

    let archive: Archive
    /// Fetches each feed; its timeout applies to each request.
    public var fetcher: ArticleFetcher
    public var poolSize: Int
    public var perHost: Int
    /// Runs the analyser over each new article (replaced by tests).
    public var analyse: @Sendable (String) -> Annotations

    public init(
        archive: Archive, fetcher: ArticleFetcher = ArticleFetcher(), poolSize: Int = defaultPoolSize,
        perHost: Int = defaultPerHost, analyse: @escaping @Sendable (String) -> Annotations = QuoteAnalyzer.annotate
    ) {
        self.archive = archive
        self.fetcher = fetcher
        self.poolSize = poolSize
        self.perHost = perHost
        self.analyse = analyse
    }

    /// Refreshes `subscriptions` (stored ones, with ids); `progress` sees (done, total).
    public func refresh(
        _ subscriptions: [Subscription], progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> RefreshReport {
        let pool = HostLimitedPool(total: poolSize, perHost: perHost)
        let refresher = self
        let results = pool.map(
            subscriptions, host: { URL(string: $0.url)?.host ?? $0.url }, progress: progress,
            run: { refresher.refresh($0) })
        return RefreshReport(results: results)
    }

    /// A background fetch of every subscription of `archive` for the reader (`F`): a thread
    /// refreshes them with the default pool, reporting progress and then the summary line.
    public static func fetching(into archive: Archive)
        -> @Sendable (
            _ progress: @escaping @Sendable (Int, Int) -> Void, _ finished: @escaping @Sendable (String, Bool) -> Void
        ) -> Void
    {
        { progress, finished in
            let worker = Thread {
                do throws(ArchiveError) {
                    let subscriptions = try archive.subscriptions()
                    guard !subscriptions.isEmpty else {
                        finished("there are no subscriptions: add one with dateline feeds add URL", true)
                        return
                    }
                    let report = FeedRefresher(archive: archive).refresh(subscriptions, progress: progress)
                    finished(report.summary, !report.failures.isEmpty)
                } catch {
                    finished(error.description, true)
                }
            }
            worker.start()
        }
    }

    /// Refreshes one subscription, recording the outcome on it.
    func refresh(_ subscription: Subscription) -> FeedRefreshResult {
        guard let id = subscription.id else {
            return FeedRefreshResult(
                subscription: subscription, outcome: .failed(.archive(.noSuchSubscription(subscription.url))))
        }
        if let next = subscription.nextAllowedAt, next > Date() {
            return FeedRefreshResult(subscription: subscription, outcome: .deferred(until: next))
        }
        var movedTo: String?
        do throws(ImportError) {
            let validators = FeedValidators(etag: subscription.etag, lastModified: subscription.lastModified)
            let document = try fetcher.fetch(subscription.url, ifChangedFrom: validators)
            movedTo = document.movedTo
            if document.isNotModified {
                try stored { () throws(ArchiveError) in
                    try archive.record(FeedFetchRecord(at: Date(), movedTo: movedTo), subscriptionID: id)
                }
                return FeedRefreshResult(subscription: subscription, outcome: .unchanged, movedTo: movedTo)
            }
            let feed = try newArticles(of: document)
            var fresh = feed.articles
            if subscription.fullText { fresh = fresh.map(FullTextFetcher(fetcher: fetcher).completed) }
            let importedAt = Date()
            let prepared = fresh.map { PreparedArticle($0, importedAt: importedAt, analyse: analyse) }
            var fetch = FeedFetchRecord(at: Date(), movedTo: movedTo, validators: document.validators)
            fetch.feedTitle = feed.title
            let outcomes = try stored { () throws(ArchiveError) in
                try archive.storeFeedArticles(prepared, subscriptionID: id, tags: subscription.tags, fetch: fetch)
            }
            let new = outcomes.count { if case .imported = $0 { true } else { false } }
            return FeedRefreshResult(subscription: subscription, outcome: .updated(new: new), movedTo: movedTo)
        } catch {
            var failure = FeedFetchRecord(at: Date(), error: error.description, movedTo: movedTo)
            if case .serverBusy(let code, let seconds) = error,
                let wait = seconds ?? (code == 429 ? Self.defaultBackOff : nil)
            {
                failure.nextAllowedAt = Date().addingTimeInterval(Double(wait))
            }
            try? archive.record(failure, subscriptionID: id)
            return FeedRefreshResult(subscription: subscription, outcome: .failed(error), movedTo: movedTo)
        }
    }

    /// The feed's title and the items of the fetched feed that the archive has never had (nor
    /// had removed).
    func newArticles(of document: FetchedDocument) throws(ImportError) -> (title: String?, articles: [Article]) {
        let format = try ArticleImporter.format(
            nil, of: document.bytes, source: document.url, contentType: document.contentType)
        guard [.rss, .atom, .jsonFeed].contains(format) else { throw .notAFeed(format) }
        let feed: (title: String?, articles: [Article])
        do {
            feed = try FeedParser.read(
                document.bytes, format: format, source: document.url, contentType: document.contentType)
        } catch .emptyFeed {
            return (nil, [])
        }
        let known = try stored { () throws(ArchiveError) in try archive.knownGuids(feed.articles.compactMap(\.guid)) }
        return (feed.title, feed.articles.filter { article in article.guid.map { !known.contains($0) } ?? true })
    }

    /// `body`'s result, its archive error wrapped as an import error.
    private func stored<T>(_ body: () throws(ArchiveError) -> T) throws(ImportError) -> T {
        do {
            return try body()
        } catch {
            throw .archive(error)
        }
    }
}
