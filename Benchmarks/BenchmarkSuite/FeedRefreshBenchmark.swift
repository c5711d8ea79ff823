import ArchiveStore
import ArticleImport
import Foundation
import TestSupport

/// Refreshing many subscriptions: `feeds` feeds of `itemsPerFeed` items each on a local
/// server, refreshed with a pool of 8 into a fresh archive, then refreshed again when nothing
/// changed (every feed answers 304).
///
/// All feeds live on one local server, which stands for many servers: the per-host limit is
/// raised to the pool size, so that the pool of 8 is what is measured.
struct FeedRefreshBenchmark {
    static let itemsPerFeed = 10
    static let poolSize = 8

    let feeds: Int
    let log: (String) -> Void

    /// The first refresh (every item new) and the second (nothing changed), in milliseconds.
    func run(archivePath path: String) throws(BenchmarkError) -> (first: Double, unchanged: Double) {
        var routes: [String: LocalHTTPServer.Response] = [:]
        for feed in 0..<feeds {
            let site = "https://site\(feed).example"
            let items = (0..<Self.itemsPerFeed).map { FeedFixture.item(feed * Self.itemsPerFeed + $0, site: site) }
            routes["/feed/\(feed).xml"] = .ok(
                FeedFixture.rss(title: "Site \(feed)", items: items), contentType: "application/rss+xml",
                headers: [("ETag", "\"\(feed)\"")])
        }
        do {
            let server = try LocalHTTPServer(routes: routes)
            defer { server.stop() }
            let archive = try Archive.open(path: path)
            for feed in 0..<feeds {
                _ = try archive.addSubscription(Subscription(url: server.url("/feed/\(feed).xml"), addedAt: Date()))
            }
            let refresher = FeedRefresher(
                archive: archive, fetcher: ArticleFetcher(timeout: 30), poolSize: Self.poolSize,
                perHost: Self.poolSize)
            let subscriptions = try archive.subscriptions()
            let (first, firstMilliseconds) = MonotonicClock.measure { refresher.refresh(subscriptions) }
            if let failure = first.failures.first {
                throw BenchmarkError.archive("\(failure.subscription.url): \(failure.outcome)")
            }
            log("refreshed \(feeds) feeds: \(first.newArticles) new articles")
            let (_, unchangedMilliseconds) = MonotonicClock.measure { refresher.refresh(subscriptions) }
            return (firstMilliseconds, unchangedMilliseconds)
        } catch let error as BenchmarkError {
            throw error
        } catch {
            throw .archive("\(error)")
        }
    }
}
