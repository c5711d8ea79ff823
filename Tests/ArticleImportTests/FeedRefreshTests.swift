import ArchiveStore
import ArticleAnalysis
import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// `FeedRefresher` against feeds on a server on 127.0.0.1: what a refresh asks, stores and
/// remembers, feed by feed.
@Suite struct FeedRefreshTests {
    /// A feed of `items` (numbers) answered with an ETag that names them.
    static func feed(_ items: [Int], etag: Bool = true) -> LocalHTTPServer.Response {
        let validator = etag ? ("ETag", "\"v\(items.count)\"") : ("Last-Modified", "Sun, 06 Dec 2026 07:00:00 GMT")
        return .ok(
            FeedFixture.rss(items: items.map { FeedFixture.item($0) }), contentType: "application/rss+xml",
            headers: [validator])
    }

    /// An archive subscribed to `paths` of `server`, and a refresher with a short timeout.
    static func subscribed(_ paths: [String], on server: LocalHTTPServer, timeout: Double = 5) throws
        -> (Archive, FeedRefresher)
    {
        let archive = try Archive.inMemory()
        for path in paths {
            _ = try archive.addSubscription(Subscription(url: server.url(path), addedAt: Date()))
        }
        return (archive, FeedRefresher(archive: archive, fetcher: ArticleFetcher(timeout: timeout)))
    }

    @Test func changedFeedAddsOnlyItsNewItems() throws {
        let server = try LocalHTTPServer(routes: ["/feed": Self.feed([2, 1])])
        defer { server.stop() }
        let (archive, refresher) = try Self.subscribed(["/feed"], on: server)

        let first = refresher.refresh(try archive.subscriptions())
        server.setRoute("/feed", Self.feed([3, 2, 1]))
        let second = refresher.refresh(try archive.subscriptions())

        #expect(first.results.map(\.outcome) == [.updated(new: 2)])
        #expect(second.results.map(\.outcome) == [.updated(new: 1)])
        #expect(second.summary == "1 feed: 1 new article, 0 failed")
        let overview = try #require(try archive.subscriptionOverviews().first)
        #expect(overview.articleCount == 3)
        #expect(overview.unreadCount == 3)
        #expect(overview.subscription.etag == "\"v3\"")
        #expect(overview.subscription.title == "Kessel Bay Courier")
        #expect(overview.subscription.lastSuccessAt != nil)
        #expect(try archive.articleCount() == 3)
    }

    @Test func newArticlesGetTheSubscriptionsTags() throws {
        let server = try LocalHTTPServer(routes: ["/feed": Self.feed([2, 1])])
        defer { server.stop() }
        let archive = try Archive.inMemory()
        _ = try archive.addSubscription(
            Subscription(url: server.url("/feed"), tags: ["Coast", "ferries"], addedAt: Date()))
        let refresher = FeedRefresher(archive: archive, fetcher: ArticleFetcher(timeout: 5))

        _ = refresher.refresh(try archive.subscriptions())

        #expect(try archive.tagCounts().map { "\($0.tag) \($0.articles)" } == ["coast 2", "ferries 2"])
        #expect(
            throws: ArchiveError.invalidTag(
                "harbour news", reason: "a tag is one word without spaces, commas, colons or quotes")
        ) {
            try archive.addSubscription(
                Subscription(url: server.url("/other"), tags: ["harbour news"], addedAt: Date()))
        }
    }

    @Test func unchangedFeedsAreAskedConditionallyAndStoreNothing() throws {
        let server = try LocalHTTPServer(routes: ["/tagged": Self.feed([1, 2]), "/dated": Self.feed([5], etag: false)])
        defer { server.stop() }
        let (archive, refresher) = try Self.subscribed(["/tagged", "/dated"], on: server)
        _ = refresher.refresh(try archive.subscriptions())
        let firstRequests = server.requests.count
        let count = try archive.articleCount()

        let second = refresher.refresh(try archive.subscriptions())

        let again = Array(server.requests.dropFirst(firstRequests))
        #expect(again.count == 2)
        #expect(again.filter { $0.contains("/tagged") }.allSatisfy { $0.contains("If-None-Match: \"v2\"") })
        #expect(
            again.filter { $0.contains("/dated") }.allSatisfy {
                $0.contains("If-Modified-Since: Sun, 06 Dec 2026 07:00:00 GMT")
            })
        #expect(second.results.map(\.outcome) == [.unchanged, .unchanged])
        #expect(second.summary == "2 feeds: 0 new articles, 0 failed")
        #expect(try archive.articleCount() == count)
    }

    @Test func permanentRedirectUpdatesTheAddressAndTemporaryOneDoesNot() throws {
        let server = try LocalHTTPServer(routes: [
            "/old": .redirect(301, to: "/new"), "/new": Self.feed([1]),
            "/moved-for-now": .redirect(302, to: "/elsewhere"), "/elsewhere": Self.feed([7]),
            "/via-308": .redirect(308, to: "/new-308"), "/new-308": Self.feed([8]),
        ])
        defer { server.stop() }
        let (archive, refresher) = try Self.subscribed(["/old", "/moved-for-now", "/via-308"], on: server)

        let report = refresher.refresh(try archive.subscriptions())

        #expect(report.results.map(\.movedTo) == [server.url("/new"), nil, server.url("/new-308")])
        #expect(
            try archive.subscriptions().map(\.url) == [
                server.url("/new"), server.url("/moved-for-now"), server.url("/new-308"),
            ])
        _ = refresher.refresh(try archive.subscriptions())
        #expect(server.requests(for: "/old").count == 1)
        #expect(server.requests(for: "/moved-for-now").count == 2)
    }

    @Test func failingFeedsAreRecordedAndTheOthersStillStored() throws {
        let server = try LocalHTTPServer(routes: [
            "/good": Self.feed([1, 2]),
            "/broken": LocalHTTPServer.Response(status: 500),
            "/page": .ok(
                Array("<html><body><p>Not a feed at all, only a page.</p></body></html>".utf8), contentType: "text/html"
            ),
            "/never": .silent,
            "/drip": Self.feed([3]).dripping(every: 0.01),
        ])
        defer { server.stop() }
        let (archive, refresher) = try Self.subscribed(
            ["/broken", "/good", "/page", "/never", "/drip"], on: server, timeout: 1)

        let report = refresher.refresh(try archive.subscriptions())

        #expect(
            report.results.map(\.outcome) == [
                .failed(.httpStatus(code: 500)), .updated(new: 2), .failed(.notAFeed(.html)),
                .failed(.timedOut(seconds: 1)), .failed(.timedOut(seconds: 1)),
            ])
        #expect(report.summary == "5 feeds: 2 new articles, 4 failed")
        let stored = try archive.subscriptions()
        #expect(stored[0].lastError == "the server answered HTTP 500")
        #expect(stored[0].lastErrorAt != nil && stored[0].lastSuccessAt == nil)
        #expect(stored[1].lastError == nil)
        #expect(stored[2].lastError == "the address sent an HTML page, not a feed")
        #expect(try archive.articleCount() == 2)
    }

    @Test func slowButTimelyDripIsRead() throws {
        let server = try LocalHTTPServer(routes: ["/drip": Self.feed([4]).dripping(every: 0.001)])
        defer { server.stop() }
        let (archive, refresher) = try Self.subscribed(["/drip"], on: server, timeout: 10)

        #expect(refresher.refresh(try archive.subscriptions()).results.map(\.outcome) == [.updated(new: 1)])
    }

    @Test func tooManyRequestsWithRetryAfterSkipsTheFeedUntilThen() throws {
        let server = try LocalHTTPServer(routes: [
            "/busy": LocalHTTPServer.Response(status: 429, headers: [("Retry-After", "120")]),
            "/fine": Self.feed([1]),
        ])
        defer { server.stop() }
        let (archive, refresher) = try Self.subscribed(["/busy", "/fine"], on: server)
        let before = Date()

        let first = refresher.refresh(try archive.subscriptions())
        let second = refresher.refresh(try archive.subscriptions())

        #expect(first.results[0].outcome == .failed(.serverBusy(code: 429, retryAfterSeconds: 120)))
        #expect(
            ImportError.serverBusy(code: 429, retryAfterSeconds: 120).description
                == "the server answered HTTP 429 (too many requests) and asked to wait 120 s")
        let next = try #require(try archive.subscriptions()[0].nextAllowedAt)
        #expect(next >= before.addingTimeInterval(119) && next <= Date().addingTimeInterval(121))
        #expect(second.results[0].outcome == .deferred(until: next))
        #expect(second.summary == "2 feeds: 0 new articles, 0 failed, 1 waiting")
        #expect(server.requests(for: "/busy").count == 1)
    }

    @Test func feedTitlesAreReadFromEveryDialect() throws {
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Gulls &amp;amp; Terns</title>
            <id>urn:birds</id><entry><id>urn:birds:1</id><title>Terns nest early</title>
            <content type="text">The terns nested a week early this year, the wardens said.</content></entry></feed>
            """
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Tide Watch",
             "items": [{"id": "t1", "title": "Spring tides", "content_text": "High water twice this week."}]}
            """

        #expect(
            try FeedParser.read(FeedFixture.rss(items: [FeedFixture.item(1)]), format: .rss, source: nil).title
                == "Kessel Bay Courier")
        #expect(try FeedParser.read(Array(atom.utf8), format: .atom, source: nil).title == "Gulls & Terns")
        #expect(try FeedParser.read(Array(json.utf8), format: .jsonFeed, source: nil).title == "Tide Watch")
    }

    @Test func retryAfterReadsSecondsAndDates() {
        let now = Date(timeIntervalSince1970: 1_796_540_400)  // Sun, 06 Dec 2026 07:00:00 GMT
        #expect(RetryAfter.seconds("90", now: now) == 90)
        #expect(RetryAfter.seconds("Sun, 06 Dec 2026 07:05:00 GMT", now: now) == 300)
        #expect(RetryAfter.seconds("Sun, 06 Dec 2026 06:00:00 GMT", now: now) == 0)
        #expect(RetryAfter.seconds("99999999", now: now) == RetryAfter.maximumSeconds)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
    }

    @Test func removedItemsAreNotBroughtBack() throws {
        let server = try LocalHTTPServer(routes: ["/feed": Self.feed([1, 2])])
        defer { server.stop() }
        let (archive, refresher) = try Self.subscribed(["/feed"], on: server)
        _ = refresher.refresh(try archive.subscriptions())
        let id = try #require(try archive.subscriptions().first?.id)
        try archive.remove(ids: [try #require(try archive.articleIDs(subscriptionID: id).first)])
        server.setRoute("/feed", Self.feed([1, 2, 3]))

        let again = refresher.refresh(try archive.subscriptions())

        #expect(again.results.map(\.outcome) == [.updated(new: 1)])
        #expect(try archive.articleIDs(subscriptionID: id).count == 2)
    }
}

/// Subscriptions with full text: the item's page replaces its summary when it holds an article.
@Suite struct FullTextRefreshTests {
    @Test func pageOfArticleLengthReplacesTheSummaryAndAShortOneDoesNot() throws {
        let stub = "<html><head><title>Tide table</title></head><body><p>High water at six.</p></body></html>"
        let server = try LocalHTTPServer(routes: [
            "/story.html": .ok(Fixtures.bytes("Import/news-page.html"), contentType: "text/html; charset=utf-8"),
            "/stub.html": .ok(Array(stub.utf8), contentType: "text/html"),
        ])
        defer { server.stop() }
        let items = [
            FeedFixture.Item(
                guid: "urn:courier:story", title: "Night ferries are back",
                text: "The night ferries return after six years, the operator said.", link: server.url("/story.html")),
            FeedFixture.Item(
                guid: "urn:courier:stub", title: "Tides this week",
                text: "The tide table for the week ahead, as the harbour office gave it.",
                link: server.url("/stub.html")),
        ]
        server.setRoute("/feed", .ok(FeedFixture.rss(items: items), contentType: "application/rss+xml"))
        let archive = try Archive.inMemory()
        _ = try archive.addSubscription(Subscription(url: server.url("/feed"), fullText: true, addedAt: Date()))
        let refresher = FeedRefresher(archive: archive, fetcher: ArticleFetcher(timeout: 5))

        let report = refresher.refresh(try archive.subscriptions())

        #expect(report.results.map(\.outcome) == [.updated(new: 2)])
        let id = try #require(try archive.subscriptions().first?.id)
        let records = try archive.articleIDs(subscriptionID: id).map { try archive.article(id: $0) }
        let story = try #require(records.first { $0.guid == "urn:courier:story" })
        #expect(story.title == "Night ferries are back")
        #expect(story.body.unicodeScalars.count >= FullTextFetcher.minimumLength)
        #expect(story.body.contains("Kessel Bay"))
        #expect(story.byline == "Ilse Marchetti")
        #expect(story.source == server.url("/story.html"))
        let short = try #require(records.first { $0.guid == "urn:courier:stub" })
        #expect(short.body == "The tide table for the week ahead, as the harbour office gave it.")
    }
}
