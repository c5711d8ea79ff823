import ArticleAnalysis
import Foundation
import Testing

@testable import ArticleImport

/// The older feed dialects still served in the wild: Atom 0.3, RSS 0.90 to 0.94 and RSS 1.0,
/// with the Dublin Core and content modules; each detected from its content and read in full.
@Suite struct ImportFeedDialectTests {
    func date(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }

    /// The articles of `feed`, whose format is detected, which must be `format`.
    func articles(_ feed: String, detectedAs format: InputFormat) throws -> [Article] {
        let bytes = Array(feed.utf8)
        #expect(try InputFormatDetector.detect(bytes, path: "feed.xml") == format)
        return try ArticleImporter.articles(from: bytes, source: "feed.xml")
    }

    @Test func atom03WithEscapedContentAndOldDates() throws {
        let feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- generator="an old blog engine" -->
            <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en">
              <title>Lantern Lane notes</title>
              <link rel="alternate" type="text/html" href="https://lantern-lane.example/"/>
              <modified>2026-02-10T12:00:00Z</modified>
              <entry>
                <title type="text/html" mode="escaped">Allotments &amp;amp; orchards open their gates</title>
                <link rel="alternate" type="text/html" href="https://lantern-lane.example/2026/02/allotments"/>
                <id>tag:lantern-lane.example,2026:allotments</id>
                <author><name>Ottilie Brandvold</name></author>
                <issued>2026-02-09T10:15:00+01:00</issued>
                <modified>2026-02-09T18:00:00Z</modified>
                <content type="text/html" mode="escaped">&lt;p&gt;Twelve allotments open to visitors on Saturday.&lt;/p&gt;
                &lt;p&gt;&lt;em&gt;Bring boots,&lt;/em&gt; the organisers say.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Seed swap moves indoors</title>
                <link rel="alternate" type="text/html" href="https://lantern-lane.example/2026/02/seed-swap"/>
                <id>tag:lantern-lane.example,2026:seed-swap</id>
                <created>2026-02-07T08:00:00Z</created>
                <summary>The seed swap will be held in the library hall this year.</summary>
              </entry>
            </feed>
            """

        let articles = try articles(feed, detectedAs: .atom)

        #expect(articles.map(\.title) == ["Allotments & orchards open their gates", "Seed swap moves indoors"])
        #expect(articles.map(\.bylines) == [["Ottilie Brandvold"], []])
        #expect(
            articles[0].paragraphs == [
                "Twelve allotments open to visitors on Saturday.", "Bring boots, the organisers say.",
            ])
        #expect(articles[1].paragraphs == ["The seed swap will be held in the library hall this year."])
        #expect(articles.map(\.publishedAt) == [date("2026-02-09T09:15:00Z"), date("2026-02-07T08:00:00Z")])
        #expect(articles[0].source == "https://lantern-lane.example/2026/02/allotments")
        #expect(articles[1].guid == "tag:lantern-lane.example,2026:seed-swap")
    }

    @Test func rss091And092WithADoctype() throws {
        for version in ["0.91", "0.92", "0.93", "0.94"] {
            let feed = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="\(version)">
                <channel><title>Harbour radio</title><link>https://harbour-radio.example/</link>
                <description>News from the harbour</description><language>en-gb</language>
                <item><title>Pilot boat gets a new engine</title>
                <link>https://harbour-radio.example/pilot-boat</link>
                <description>The pilot boat returns to service on Monday after a refit.</description></item>
                </channel></rss>
                """

            let articles = try articles(feed, detectedAs: .rss)

            #expect(articles.map(\.title) == ["Pilot boat gets a new engine"], "RSS \(version)")
            #expect(articles.map(\.paragraphs) == [["The pilot boat returns to service on Monday after a refit."]])
            #expect(articles.map(\.guid) == ["https://harbour-radio.example/pilot-boat"])
        }
    }

    @Test func rss090InNetscapesNamespace() throws {
        let feed = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
              xmlns="http://my.netscape.com/rdf/simple/0.9/">
            <channel><title>Quarry gazette</title><link>https://quarry-gazette.example/</link>
            <description>Village news</description></channel>
            <item><title>Footpath to the quarry reopens</title><link>https://quarry-gazette.example/footpath</link></item>
            <item><title>Choir wins regional prize</title><link>https://quarry-gazette.example/choir</link>
            <description>The village choir took first place in the regional contest.</description></item>
            </rdf:RDF>
            """

        let articles = try articles(feed, detectedAs: .rss)

        #expect(articles.map(\.title) == ["Choir wins regional prize"], "the item without text is skipped")
        #expect(articles.map(\.paragraphs) == [["The village choir took first place in the regional contest."]])
        #expect(articles.map(\.source) == ["https://quarry-gazette.example/choir"])
    }

    @Test func rss1WithDublinCoreAndEncodedContent() throws {
        let feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
              xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel rdf:about="https://fenland-courier.example/rss">
              <title>Fenland courier</title><link>https://fenland-courier.example/</link>
              <description>Local news</description>
              <items><rdf:Seq><rdf:li rdf:resource="https://fenland-courier.example/sluice"/></rdf:Seq></items>
            </channel>
            <item rdf:about="https://fenland-courier.example/sluice">
              <title>Sluice gate repaired before the spring tides</title>
              <link>https://fenland-courier.example/sluice</link>
              <description>A short summary that the full text replaces.</description>
              <content:encoded><![CDATA[<p>Engineers finished the sluice gate on Tuesday.</p>
                <p>“We beat the tides by a week,” said foreman Idris Kettleborough.</p>]]></content:encoded>
              <dc:creator>Wilhelmina Achebe</dc:creator>
              <dc:date>2026-03-05T07:45:00+00:00</dc:date>
            </item>
            </rdf:RDF>
            """

        let articles = try articles(feed, detectedAs: .rss)

        #expect(articles.map(\.title) == ["Sluice gate repaired before the spring tides"])
        #expect(articles.map(\.bylines) == [["Wilhelmina Achebe"]])
        #expect(
            articles.map(\.paragraphs) == [
                [
                    "Engineers finished the sluice gate on Tuesday.",
                    "“We beat the tides by a week,” said foreman Idris Kettleborough.",
                ]
            ])
        #expect(articles.map(\.publishedAt) == [date("2026-03-05T07:45:00Z")])
        #expect(articles.map(\.guid) == ["https://fenland-courier.example/sluice"])
    }

    @Test func rss2WithDublinCoreInsteadOfAuthorAndPubDate() throws {
        let feed = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <title>Moorland post</title><link>https://moorland-post.example/</link>
            <item><title>Reservoir levels back to normal</title><guid>https://moorland-post.example/reservoir</guid>
            <dc:creator>Bartholomew Nwosu</dc:creator><dc:date>2026-03-06T06:00:00Z</dc:date>
            <description>&lt;p&gt;The reservoirs are ninety per cent full again.&lt;/p&gt;</description></item>
            </channel></rss>
            """

        let articles = try articles(feed, detectedAs: .rss)

        #expect(articles.map(\.bylines) == [["Bartholomew Nwosu"]])
        #expect(articles.map(\.publishedAt) == [date("2026-03-06T06:00:00Z")])
        #expect(articles.map(\.paragraphs) == [["The reservoirs are ninety per cent full again."]])
    }

    @Test func xmlBaseResolvesRelativeLinks() throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://canal-times.example/news/">
            <title>Canal times</title><id>urn:canal-times</id>
            <entry><title>Lock keeper retires</title><id>urn:canal-times:1</id>
            <link href="2026/lock-keeper"/><content>After forty years, the lock keeper hangs up her windlass.</content></entry>
            <entry xml:base="/archive/"><title>Towpath resurfaced</title><id>urn:canal-times:2</id>
            <link href="towpath"/><content>The towpath is smooth again from the basin to the mill.</content></entry>
            </feed>
            """

        let articles = try articles(feed, detectedAs: .atom)

        #expect(
            articles.map(\.source) == [
                "https://canal-times.example/news/2026/lock-keeper", "https://canal-times.example/archive/towpath",
            ])
    }

    @Test func podcastAndMediaItemsUseTheirSummaries() throws {
        let feed = """
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
              xmlns:media="http://search.yahoo.com/mrss/"><channel><title>P</title><link>https://p.example/</link>
            <item><title>Episode 12: the lighthouse</title><guid>p-12</guid><description></description>
            <itunes:summary>The last keeper of the lighthouse tells her story.</itunes:summary></item>
            <item><title>Harbour at dawn</title><guid>p-13</guid>
            <media:group><media:content url="https://p.example/dawn.mp4"/>
            <media:description>Fishing boats leave the harbour before sunrise.</media:description></media:group></item>
            </channel></rss>
            """

        let articles = try articles(feed, detectedAs: .rss)

        #expect(
            articles.map(\.paragraphs) == [
                ["The last keeper of the lighthouse tells her story."],
                ["Fishing boats leave the harbour before sunrise."],
            ])
    }

    @Test(arguments: [
        ("Fish &amp;amp; chips", "Fish & chips"),
        ("Caf&amp;#xE9; &amp;#x26; bar reopen", "Café & bar reopen"),
        ("&lt;b&gt;Bold&lt;/b&gt; claim", "Bold claim"),
        ("Ten &lt;em&gt;more&lt;/em&gt;  \n reasons", "Ten more reasons"),
        ("Q&amp;A with the mayor", "Q&A with the mayor"),
        ("Lock &amp;amp;#x26; key", "Lock & key"),
    ])
    func escapedMarkupInTitlesIsReadAsText(escaped: String, expected: String) throws {
        let feed = """
            <rss version="2.0"><channel><title>T</title><link>https://t.example/</link>
            <item><title>\(escaped)</title><guid>1</guid><description>Body text.</description></item>
            </channel></rss>
            """

        let articles = try ArticleImporter.articles(from: Array(feed.utf8), source: nil)

        #expect(articles.map(\.title) == [expected])
    }
}
