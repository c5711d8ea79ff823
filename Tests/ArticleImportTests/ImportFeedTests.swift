import ArchiveStore
import ArticleAnalysis
import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// RSS, Atom and JSON feeds: one article per item, re-imports add only new items.
@Suite struct ImportFeedTests {
    func date(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }

    @Test func rssGivesOneArticlePerItem() throws {
        let articles = try FeedParser.articles(
            from: Fixtures.bytes("Import/rss-three.xml"), format: .rss, source: "feed.xml")

        #expect(
            articles.map(\.title) == [
                "Footbridge reopens after flood repairs", "Market square gets new lighting",
                "Rowing club celebrates its centenary",
            ])
        #expect(articles.map(\.bylines) == [["Jonas Ekwueme"], ["Mira Solberg"], []])
        #expect(articles[0].paragraphs.count == 2, "content:encoded wins over description")
        #expect(articles[0].paragraphs[1] == "“It is stronger than before,” said site engineer Carla Moutinho.")
        #expect(articles[1].paragraphs.last == "The council says the change will halve the square's electricity bill.")
        #expect(articles[2].source == "https://riverside-weekly.example/2026/rowing-centenary")
        #expect(
            articles.map(\.guid) == [
                "https://riverside-weekly.example/#rw-2026-0141",
                "https://riverside-weekly.example/2026/market-lighting",
                "https://riverside-weekly.example/#rw-2026-0150",
            ])
        #expect(
            articles.map(\.publishedAt) == [
                date("2026-03-02T08:30:00Z"), date("2026-03-03T17:05:00Z"), date("2026-03-04T11:00:00Z"),
            ])
    }

    @Test func rssImportedTwiceAddsThreeThenNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let importer = ArticleImporter(archive: try Archive.inMemory())
        let path = try directory.write("feed.xml", Fixtures.bytes("Import/rss-three.xml"))

        let first = importer.importFiles([path])
        let second = importer.importFiles([path])

        #expect(first.imported.count == 3)
        #expect(first.formats == [.rss: ImportReport.FormatTally(inputs: 1, articles: 3)])
        #expect(second.imported.isEmpty)
        #expect(second.duplicates.count == 3)
        #expect(try importer.archive.articleCount() == 3)
    }

    @Test func changedFeedAddsOnlyItsNewItem() throws {
        let archive = try Archive.inMemory()
        let feed = String(decoding: Fixtures.bytes("Import/rss-three.xml"), as: UTF8.self)
        let newItem = """
            <item><title>Ferry timetable changes</title><guid isPermaLink="false">rw-2026-0160</guid>
            <description>The Sunday ferry leaves twenty minutes earlier from April.</description></item>
            </channel>
            """
        let grown = feed.replacingOccurrences(of: "</channel>", with: newItem)

        let before = try ArticleImporter.articles(from: Array(feed.utf8), source: nil)
        _ = try archive.insert(before)
        let outcomes = try archive.insert(try ArticleImporter.articles(from: Array(grown.utf8), source: nil))

        #expect(outcomes.filter { if case .imported = $0 { true } else { false } }.count == 1)
        #expect(try archive.articleCount() == 4)
    }

    @Test func atomEntriesWithHTMLAndXHTMLContent() throws {
        let articles = try FeedParser.articles(from: Fixtures.bytes("Import/atom.xml"), format: .atom, source: nil)

        #expect(articles.map(\.title) == ["Comet visible to the naked eye next week", "Open night moves to Fridays"])
        #expect(articles.map(\.bylines) == [["Rosa Achterberg"], ["Felix Nakamura"]])
        #expect(articles[0].paragraphs.last == "“Look low in the west an hour after sunset.”")
        #expect(
            articles[1].paragraphs == [
                "The public open night moves from Saturdays to Fridays from April.",
                "Booking stays free for school groups.",
            ])
        #expect(articles[1].source == "https://observatory.example/notes/open-night")
        #expect(articles[1].guid == "tag:observatory.example,2026:notes/open-night")
        #expect(articles[1].publishedAt == date("2026-03-01T17:30:00Z"))
    }

    @Test func jsonFeedItemsWithHTMLAndTextContent() throws {
        let articles = try FeedParser.articles(
            from: Fixtures.bytes("Import/feed.json"), format: .jsonFeed, source: nil)

        #expect(articles.count == 2)
        #expect(articles[0].bylines == ["Leopold Vance"])
        #expect(
            articles[0].paragraphs[1]
                == "“The urchins are finally under control,” said marine ecologist Hanna Oyelaran.")
        #expect(articles[1].title == "Tide gauge network gets solar power")
        #expect(
            articles[1].paragraphs == [
                "All twelve tide gauges on the coast now run on solar panels.",
                "The old diesel generators will be removed this summer.",
            ])
        #expect(articles[1].guid == "https://tidewater.example/science/feed.json#813")
        #expect(articles[1].publishedAt == date("2026-02-22T08:45:00Z"))
    }

    @Test func malformedFeedsFailWithOneLineAndStoreNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let importer = ArticleImporter(archive: try Archive.inMemory())
        let rss = try directory.write("bad.xml", Fixtures.bytes("Import/rss-malformed.xml"))
        let json = try directory.write("bad.json", Fixtures.bytes("Import/feed-malformed.json"))

        let report = importer.importFiles([rss, json])

        #expect(report.imported.isEmpty)
        #expect(try importer.archive.articleCount() == 0)
        let messages = report.failures.map(\.error.description)
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("the RSS feed cannot be parsed (line "))
        #expect(messages[1] == "the JSON feed cannot be parsed (not valid JSON)")
        #expect(messages.allSatisfy { !$0.contains("\n") })
    }

    @Test func entityBombIsRefusedQuickly() throws {
        let clock = ContinuousClock()
        var thrown: ImportError?

        let elapsed = clock.measure {
            do throws(ImportError) {
                _ = try FeedParser.articles(
                    from: Fixtures.bytes("Import/rss-entity-bomb.xml"), format: .rss, source: nil)
            } catch {
                thrown = error
            }
        }

        guard case .malformed(.rss, _, let reason) = thrown else {
            Issue.record("expected a malformed feed, got \(String(describing: thrown))")
            return
        }
        #expect(reason.contains("entity"))
        #expect(elapsed < .seconds(2))
    }

    @Test func feedWithTenThousandItemsImportsInBoundedTime() throws {
        let feed = Self.rss(items: FeedParser.maximumItems)
        let importer = ArticleImporter(archive: try Archive.inMemory())
        let clock = ContinuousClock()
        var articles: [Article] = []

        let parsing = try clock.measure { articles = try ArticleImporter.articles(from: feed, source: nil) }
        let storing = clock.measure { _ = importer.importArticles(articles, input: "big", format: .rss) }

        #expect(articles.count == 10_000)
        #expect(try importer.archive.articleCount() == 10_000)
        #expect(parsing < .seconds(30))
        #expect(storing < .seconds(60))
        print("10,000-item feed: parse \(parsing), store \(storing), \(feed.count / 1_024) KB")
    }

    @Test func feedOverTheItemLimitIsRefused() {
        #expect(throws: ImportError.tooManyItems(count: 10_001, limit: 10_000)) {
            try FeedParser.articles(from: Self.rss(items: 10_001), format: .rss, source: nil)
        }
    }

    @Test func atomSelfLinkBeforeTheRSSLinkIsIgnored() throws {
        let feed = """
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
            <atom:link href="https://w.example/feed.xml" rel="self"/><link>https://w.example/</link><title>W</title>
            <item><atom:link href="https://w.example/other" rel="related"/><link>https://w.example/1</link>
            <title>One</title><guid>7</guid><description>Text of one.</description></item>
            </channel></rss>
            """

        let articles = try FeedParser.articles(from: Array(feed.utf8), format: .rss, source: nil)

        #expect(articles.map(\.source) == ["https://w.example/1"])
        #expect(articles.map(\.guid) == ["https://w.example/#7"])
    }

    @Test func rss1ItemsAreRead() throws {
        let feed = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
            <item rdf:about="https://r.example/a"><title>Old format</title><link>https://r.example/a</link>
            <description>Still read.</description></item></rdf:RDF>
            """

        let articles = try FeedParser.articles(from: Array(feed.utf8), format: .rss, source: nil)

        #expect(articles.map(\.title) == ["Old format"])
        #expect(articles.map(\.paragraphs) == [["Still read."]])
        #expect(articles.map(\.guid) == ["https://r.example/a"])
    }

    @Test func feedWithoutTextIsRefused() {
        let feed =
            "<rss version=\"2.0\"><channel><title>T</title><item><link>https://a.example/</link></item></channel></rss>"

        #expect(throws: ImportError.emptyFeed(format: .rss)) {
            try FeedParser.articles(from: Array(feed.utf8), format: .rss, source: nil)
        }
    }

    @Test(arguments: [
        ("Wed, 04 Mar 2026 09:30:00 GMT", "2026-03-04T09:30:00Z"),
        ("4 Mar 2026 09:30 +0130", "2026-03-04T08:00:00Z"),
        ("Wed, 04 Mar 26 09:30:00 EST", "2026-03-04T14:30:00Z"),
        ("2026-03-04", "2026-03-04T00:00:00Z"),
        ("2026-03-04T09:30:00.123-02:00", "2026-03-04T11:30:00Z"),
        ("Wednesday, 04-Mar-2026 09:30:00 GMT", "2026-03-04T09:30:00Z"),
        ("Wed Mar  4 09:30:00 2026", "2026-03-04T09:30:00Z"),
        ("March 4, 2026", "2026-03-04T00:00:00Z"),
        ("Wed, 04 March 2026 09:30:00 +01:00", "2026-03-04T08:30:00Z"),
        ("04 Mar 2026 09:30:00 -0500 (EST)", "2026-03-04T14:30:00Z"),
    ])
    func datesInFeedsAndPages(text: String, expected: String) {
        #expect(PublicationDate.parse(text) == date(expected))
    }

    @Test func nonsenseDatesAreNil() {
        #expect(PublicationDate.parse("yesterday") == nil)
        #expect(PublicationDate.parse("2026-13-40") == nil)
        #expect(PublicationDate.parse("Wed, 04 Smarch 2026") == nil)
    }

    /// An RSS feed with `items` numbered items.
    static func rss(items: Int) -> [UInt8] {
        var xml =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title><link>https://big.example/</link>"
        for index in 0..<items {
            xml += "<item><title>Item \(index)</title><guid>big-\(index)</guid>"
            xml += "<description>&lt;p&gt;Paragraph of item \(index), said the clerk.&lt;/p&gt;</description></item>"
        }
        return Array((xml + "</channel></rss>").utf8)
    }
}
