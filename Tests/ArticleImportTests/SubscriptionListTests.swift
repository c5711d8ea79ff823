import ArchiveStore
import Foundation
import Testing

@testable import ArticleImport

/// OPML files and newsboat `urls` files: what becomes a subscription, with which tags, and
/// what is reported and skipped.
@Suite struct SubscriptionListTests {
    @Test func opmlFoldersAndCategoriesBecomeTags() throws {
        let opml = """
            <?xml version="1.0"?>
            <opml version="1.0">
              <head><title>Reading</title></head>
              <body>
                <outline text="Coast">
                  <outline text="Kessel Bay Courier" type="rss" xmlUrl="https://courier.example/feed.xml"/>
                  <outline text="Ferries">
                    <outline title="Timetables" text="ignored" xmlurl="https://ferries.example/atom" category="/transport/sea, alerts"/>
                  </outline>
                </outline>
                <outline text="https://plain.example/rss" type="rss" xmlUrl="https://plain.example/rss"/>
                <outline text="Local file" type="rss" xmlUrl="file:///home/reader/feed.xml"/>
                <outline text="Empty folder"/>
              </body>
            </opml>
            """

        let list = try SubscriptionList.read(Array(opml.utf8))

        #expect(
            list.entries == [
                SubscriptionEntry(
                    url: "https://courier.example/feed.xml", title: "Kessel Bay Courier", tags: ["coast"]),
                SubscriptionEntry(
                    url: "https://ferries.example/atom", title: "Timetables",
                    tags: ["coast", "ferries", "transport-sea", "alerts"]),
                SubscriptionEntry(url: "https://plain.example/rss"),
            ])
        #expect(list.skipped.map(\.text) == ["file:///home/reader/feed.xml"])
    }

    @Test func brokenOrForeignXMLIsRefused() {
        #expect(
            throws: ImportError.malformedSubscriptionList(
                line: 0, reason: "the root element is <rss>, not <opml> with a <body>")
        ) {
            try SubscriptionList.read(Array("<rss version=\"2.0\"><channel/></rss>".utf8))
        }
        #expect(throws: ImportError.self) { try SubscriptionList.read(Array("<opml><body><outline".utf8)) }
    }

    @Test func newsboatURLsGiveTagsAndTitlesAndReportWhatTheySkip() throws {
        let urls = """
            # my feeds
            https://courier.example/feed.xml coast "harbour news" ~Courier

            https://ferries.example/atom ! coast   # hidden in newsboat, fetched here
            "query:Unread coast:tags # \\"coast\\" and unread = \\"yes\\""
            exec:~/bin/tides.sh tides
            filter:~/bin/clean.sh:https://messy.example/rss
            https://courier.example/feed.xml extra
            ftp://old.example/feed
            """

        let list = try SubscriptionList.read(Array(urls.utf8))

        #expect(
            list.entries == [
                SubscriptionEntry(
                    url: "https://courier.example/feed.xml", title: "Courier", tags: ["coast", "harbour-news", "extra"]),
                SubscriptionEntry(url: "https://ferries.example/atom", tags: ["coast"]),
            ])
        #expect(list.skipped.map(\.line) == [5, 6, 7, 9])
        #expect(list.skipped[0].reason == "query feeds are newsboat's own searches")
        #expect(list.skipped[1].reason == "Dateline does not run commands for feeds")
        #expect(list.skipped[3].reason == "not an http or https address")
    }

    @Test func exportedOPMLReadsBackAsTheSameSubscriptions() throws {
        let archive = try Archive.inMemory()
        let now = Date()
        let subscriptions = [
            Subscription(
                url: "https://courier.example/feed.xml?a=1&b=2", title: "Courier \"daily\" <news>",
                tags: ["coast", "harbour-news"], addedAt: now),
            Subscription(url: "https://ferries.example/atom", tags: ["transport"], fullText: true, addedAt: now),
            Subscription(url: "https://plain.example/rss", addedAt: now),
            Subscription(url: "https://tides.example/rss", title: "Tides", tags: ["coast"], addedAt: now),
        ]
        for subscription in subscriptions { _ = try archive.addSubscription(subscription) }

        let opml = OPMLWriter.document(try archive.subscriptions())
        let list = try SubscriptionList.read(Array(opml.utf8))

        #expect(opml.contains("<opml version=\"2.0\""))
        #expect(Set(list.entries.map(\.url)) == Set(subscriptions.map(\.url)))
        for subscription in subscriptions {
            let entry = try #require(list.entries.first { $0.url == subscription.url })
            #expect(entry.title == subscription.title)
            #expect(entry.tags == subscription.tags)
            #expect(entry.fullText == subscription.fullText)
        }
    }
}
