import ArchiveStore
import ArticleAnalysis
import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// Importing newsboat's `cache.db` (`NewsboatCacheFixture`).
@Suite struct NewsboatCacheTests {
    @Test func cacheIsRecognisedAndAnArchiveOrTextIsNot() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let cache = directory.path("cache.db")
        try NewsboatCacheFixture.make(at: cache)
        _ = try Archive.open(path: directory.path("archive.sqlite"))
        let text = try directory.write("notes.txt", Array("SQLite format 3 is a file format".utf8))

        #expect(NewsboatCache.isCache(path: cache))
        #expect(!NewsboatCache.isCache(path: directory.path("archive.sqlite")))
        #expect(!NewsboatCache.isCache(path: text))
        #expect(!NewsboatCache.isCache(path: directory.path("missing.db")))
    }

    @Test func articlesComeWithTheirFeedReadStateAndFlags() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("cache.db")
        try NewsboatCacheFixture.make(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let archive = try Archive.inMemory()
        _ = try archive.addSubscription(
            Subscription(url: "https://tides.example/rss", title: "Tides", tags: ["coast"], addedAt: Date()))

        let cache = try NewsboatCache.read(path: path)
        let report = try NewsboatCacheImporter(archive: archive).importCache(cache)

        #expect(cache.feeds.count == 3)
        #expect(report.imported.count == 3)
        #expect(report.skipped == 1)
        #expect(report.markedRead == 1)
        #expect(report.flagged == 1)
        #expect(report.subscriptionsAdded == 1)
        let articles = try report.imported.map { try archive.article(id: $0) }
        #expect(articles.map(\.title) == ["Pier reopens for anglers", "Night ferry timetable", "Spring tides"])
        #expect(articles[0].byline == "Mira Holt")
        #expect(
            articles[0].body
                == "The pier reopened on Monday after a winter of repairs.\n\n“Bring your own bait,” said the warden.")
        #expect(articles[0].source == "https://courier.example/news/1.html")
        #expect(articles[0].publishedAt == Date(timeIntervalSince1970: 1_790_000_000))
        #expect(articles[1].guid == "https://courier.example/feed.xml#2")
        #expect(articles[2].body == "High water reaches the quay twice this week.\n\nKeep cars off the lower deck.")
        #expect(try archive.readingState(articleID: report.imported[0]).read)
        #expect(try !archive.readingState(articleID: report.imported[1]).read)
        #expect(try archive.bookmark(articleID: report.imported[0])?.note == "newsboat flags: s")
        #expect(try archive.bookmark(articleID: report.imported[1]) == nil)
        let overviews = try archive.subscriptionOverviews()
        #expect(overviews.map(\.subscription.url) == ["https://tides.example/rss", "https://courier.example/feed.xml"])
        #expect(overviews.map(\.subscription.title) == ["Tides", "Kessel Bay Courier"])
        #expect(overviews.map(\.articleCount) == [1, 2])
        #expect(overviews.map(\.unreadCount) == [1, 1])

        let again = try NewsboatCacheImporter(archive: archive).importCache(try NewsboatCache.read(path: path))
        #expect(again.imported.isEmpty && again.duplicates.count == 3 && again.subscriptionsAdded == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
