import ArchiveStore
import ArticleAnalysis
import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// Extraction of articles from saved web pages.
@Suite struct ImportHTMLTests {
    /// Words of page furniture in the news page fixture that must not reach the body.
    static let boilerplate = [
        "cookie", "Accept all", "Share on", "Email this story", "News", "Sport", "Weather", "Related",
        "Bridge tolls", "Morning Tide", "Sign up", "Comments", "harbourfan", "Two sailings is not enough",
        "Most read", "Storm warning", "All rights reserved", "Privacy", "trackPageView", "dataLayer", "font-family",
        "Coastline Courier",
    ]

    @Test func newsPageImportsAsHeadlineBylineAndBodyOnly() throws {
        let article = try HTMLArticleExtractor.article(from: Fixtures.bytes("Import/news-page.html"), source: "page")

        #expect(article.title == "Night ferries return to Kessel Bay after six-year pause")
        #expect(article.bylines == ["Ilse Marchetti"])
        #expect(article.paragraphs.count == 6)
        #expect(article.paragraphs.first?.hasPrefix("Overnight ferry crossings between Kessel Bay") == true)
        #expect(
            article.paragraphs.last
                == "The board expects the trial to cost €1.2 million in its first year and will publish passenger numbers every quarter."
        )
        #expect(article.publishedAt == ISO8601DateFormatter().date(from: "2026-03-04T06:15:00Z"))
        for word in Self.boilerplate {
            #expect(!article.body.contains(word), "boilerplate \"\(word)\" in the body")
        }
    }

    @Test func blockquoteAndEntitiesBecomeQuotedText() throws {
        let article = try HTMLArticleExtractor.article(from: Fixtures.bytes("Import/news-page.html"), source: nil)

        #expect(
            article.paragraphs[3]
                == "“We asked for one crossing and we got two. That changes what kind of job you can take.”")
        #expect(article.paragraphs[1].hasPrefix("“People have been sleeping in their cars at the terminal,” said"))
        #expect(article.paragraphs[2].contains("refitted Maris Quell, a vessel"))
    }

    @Test func brokenMarkupStillGivesTheArticle() throws {
        let article = try HTMLArticleExtractor.article(from: Fixtures.bytes("Import/broken.html"), source: nil)

        #expect(article.title == "Library opens late on Thursdays")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("The Eastfield public library will stay open until 21:00") == true)
        #expect(article.paragraphs.last?.hasSuffix("with forty new study desks.") == true)
        #expect(!article.body.contains("Home"))
        #expect(!article.body.contains("Contact"))
    }

    @Test func windows1252PageIsDecodedFromItsMetaCharset() throws {
        let bytes = Fixtures.bytes("Import/cp1252-page.html")
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the fixture must not be UTF-8")

        let article = try HTMLArticleExtractor.article(from: bytes, source: nil)

        #expect(article.title == "Café owners fight “surprise” rent rises")
        #expect(article.bylines == ["Renée Fournier"])
        #expect(article.paragraphs.first?.contains("up to 40% without notice – and they") == true)
        #expect(article.paragraphs.last == "The monthly rent for the smallest unit went from €1,150 to €1,610.")
    }

    @Test func utf8PageWithOneBrokenCharacterStaysUTF8() throws {
        let sentence = "Zażółć gęślą jaźń: the café’s “naïve” judges met in Łódź and Kraków on Friday."
        var bytes = Array(
            "<html><head><meta charset=\"utf-8\"></head><body><article><h1>Łódź café wins</h1><p>\(sentence)</p><p>Cut here: "
                .utf8)
        bytes += [0xC3, 0x2E, 0x2E, 0x2E]  // "é" cut after its first byte, then "..."
        bytes += Array("</p></article></body></html>".utf8)

        let article = try HTMLArticleExtractor.article(from: bytes, source: nil)

        #expect(article.title == "Łódź café wins")
        #expect(article.paragraphs == [sentence, "Cut here: \u{FFFD}..."])
    }

    @Test func nulCharacterDoesNotEndThePage() throws {
        var bytes = Array("<html><body><div class=\"banner\"><a href=\"/ad\"><img src=\"ad.gif\" />".utf8)
        bytes += [UInt8](repeating: 0, count: 4)
        bytes += Array(
            "</a></div><article><h1>Weir opens</h1><p>Farmers downstream welcomed the work but asked for more.</p></article></body></html>"
                .utf8)

        let article = try HTMLArticleExtractor.article(from: bytes, source: nil)

        #expect(article.paragraphs.last == "Farmers downstream welcomed the work but asked for more.")
    }

    @Test func undeclaredNonUTF8PageIsReadAsWindows1252() throws {
        let html =
            "<html><body><article><h1>Crème brûlée wins</h1><p>“Naïve” judges praised the café’s entry.</p></article></body></html>"
        let bytes = [UInt8](html.data(using: .windowsCP1252)!)

        let article = try HTMLArticleExtractor.article(from: bytes, source: nil)

        #expect(article.title == "Crème brûlée wins")
        #expect(article.paragraphs == ["“Naïve” judges praised the café’s entry."])
    }

    @Test func httpCharsetWinsOverTheGuess() throws {
        let bytes: [UInt8] =
            Array("<html><body><h1>Gr".utf8) + [0xFC] + Array("n</h1><p>Body text.</p></body></html>".utf8)

        let article = try HTMLArticleExtractor.article(
            from: bytes, source: nil, contentType: "text/html; charset=ISO-8859-1")

        #expect(article.title == "Grün")
    }

    @Test func unknownCharsetLabelFallsBackToSniffing() throws {
        let html =
            "<html><head><meta charset=\"x-no-such-charset\"></head><body><h1>Über</h1><p>Grüße.</p></body></html>"

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.title == "Über")
        #expect(article.paragraphs == ["Grüße."])
    }

    @Test func schemaOrgMetadataGivesTitleAuthorsAndDate() throws {
        let html = """
            <html><head><title>Site | Something else</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
             {"@type": "NewsArticle", "headline": "Tram line extension approved",
              "author": [{"@type": "Person", "name": "Oskar Brandt"}, {"@type": "Person", "name": "Lena Vos"}],
              "datePublished": "2026-01-15T10:00:00Z"}]}
            </script></head>
            <body><div><p>The city council approved the four-kilometre extension of the number 7 tram line on Monday.</p></div></body></html>
            """

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.title == "Tram line extension approved")
        #expect(article.bylines == ["Oskar Brandt", "Lena Vos"])
        #expect(article.publishedAt == Date(timeIntervalSince1970: 1_768_471_200))
    }

    @Test func openGraphTitleLosesTheSiteNameAndMetaAuthorBacksUpJSONLD() throws {
        let html = """
            <html><head>
            <meta property="og:title" content="Dune path closed for nesting birds | Shoreline Post">
            <meta property="og:site_name" content="Shoreline Post"><meta name="author" content="Ines Halvorsen">
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-05-02"}</script>
            </head><body><article><p>The path over the northern dunes is closed until August to protect nesting terns.</p></article></body></html>
            """

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.title == "Dune path closed for nesting birds")
        #expect(article.bylines == ["Ines Halvorsen"])
        #expect(article.publishedAt == ISO8601DateFormatter().date(from: "2026-05-02T00:00:00Z"))
    }

    @Test func withoutArticleElementTheDensestBlockWins() throws {
        let paragraph =
            "The harbour master said the new breakwater, built over two winters, had already calmed the inner basin."
        let html = """
            <html><head><title>Breakwater finished - Port Gazette</title></head><body>
            <div id="top"><a href="/">Home</a> <a href="/a">Archive</a> <a href="/b">About</a></div>
            <div id="layout">
              <div id="links"><p><a href="/x">A long list of links that nobody reads at all, really</a></p></div>
              <div id="story"><p>\(paragraph)</p><p>\(paragraph) Again, with commas, here, and there.</p></div>
            </div></body></html>
            """

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.title == "Breakwater finished")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0] == paragraph)
        #expect(!article.body.contains("Home"))
    }

    @Test func inlineQuotationsGetMarksNestedOnesSingleMarks() throws {
        let html = """
            <article><h1>Q</h1><p>She said <q>we heard <q>stop</q> twice</q> and left.</p></article>
            """

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.paragraphs == ["She said “we heard ‘stop’ twice” and left."])
    }

    @Test func byLineInTheBodyBecomesTheByline() throws {
        let html = "<article><h1>Title here</h1><p>By Nadia Kovac and Piet Hagen</p><p>Body.</p></article>"

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.bylines == ["Nadia Kovac", "Piet Hagen"])
        #expect(article.paragraphs == ["Body."])
    }

    @Test func blogLayoutWithSidebarClassesKeepsItsPostAndAuthor() throws {
        let html = """
            <html><head><title>Allotment waiting list hits record - Northbank Local</title></head><body>
            <div class="top-bar">Subscribe for £1 a week</div>
            <div id="content" class="site-content with-sidebar"><div id="primary" class="content-area">
              <h1 class="entry-title">Allotment waiting list hits record</h1>
              <div class="entry-meta"><span class="author vcard">Written by <a href="/a/gk">Greta Kowalczyk</a></span></div>
              <div class="entry-content">
                <p>More than 900 people are now waiting for an allotment in Northbank, the highest number on record.</p>
                <p>The council plans to split twenty of the largest plots in half this autumn.</p>
                <div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Twitter</a></li></ul></div>
              </div>
              <div id="comments" class="comments-area"><ol><li><p>Eight years is ridiculous, buy more land now.</p></li></ol></div>
            </div>
            <div id="secondary" class="widget-area"><h2>Recent posts</h2><ul><li><a href="/b">Bins</a></li></ul></div>
            </div></body></html>
            """

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.title == "Allotment waiting list hits record")
        #expect(article.bylines == ["Greta Kowalczyk"])
        #expect(
            article.paragraphs == [
                "More than 900 people are now waiting for an allotment in Northbank, the highest number on record.",
                "The council plans to split twenty of the largest plots in half this autumn.",
            ])
    }

    @Test func layoutNamedLikeChromeIsReadAgainWithoutClassRules() throws {
        let html = """
            <html><head><title>Ferry fares frozen</title></head><body>
            <div class="layout sidebar-left"><div class="inner">
            <p>Ferry fares will stay at this year's level until the end of 2027, the operator said on Friday.</p>
            </div></div></body></html>
            """

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.title == "Ferry fares frozen")
        #expect(
            article.paragraphs == [
                "Ferry fares will stay at this year's level until the end of 2027, the operator said on Friday."
            ])
    }

    @Test func pageWithoutTextIsRefusedWithOneLine() {
        let html = "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>"

        #expect(throws: ImportError.noArticleText(format: .html)) {
            try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)
        }
        #expect(ImportError.noArticleText(format: .html).description == "the HTML page has no article text")
        #expect(throws: ImportError.input(.empty)) {
            try HTMLArticleExtractor.article(from: Array("  \n ".utf8), source: nil)
        }
    }

    @Test func pageOverTheLimitIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: 0x61, count: HTMLArticleExtractor.maximumBytes + 1)
        let clock = ContinuousClock()

        let elapsed = clock.measure {
            #expect(
                throws: ImportError.tooLarge(
                    format: .html, bytes: bytes.count, limit: HTMLArticleExtractor.maximumBytes)
            ) {
                try HTMLArticleExtractor.article(from: bytes, source: nil)
            }
        }

        #expect(elapsed < .seconds(1))
        #expect(
            ImportError.tooLarge(format: .html, bytes: 20 * 1_048_576, limit: 16 * 1_048_576).description
                == "the HTML page is 20 MB, more than the 16 MB Dateline reads")
    }

    @Test func filesAndPipesAreReadWholeWhateverTheirSize() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for size in [0, 1, 65_535, 65_536, 65_537, 300_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
            #expect(try InputFile.read(directory.write("file-\(size)", bytes)) == bytes, "\(size) bytes")
        }
        // A pipe has no size to read ahead of: its bytes come in chunks until it ends.
        let fifo = directory.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let sent = [UInt8](repeating: UInt8(ascii: "p"), count: 150_000)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                try? handle.write(contentsOf: sent)
                try? handle.close()
            }
        }
        writer.start()
        #expect(try InputFile.read(fifo) == sent)
    }

    @Test func hundredMegabyteFileIsRefusedWithoutReadingIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("huge.html", [])
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()

        #expect(throws: ImportError.input(.tooLarge(bytes: 100 * 1_048_576, limit: TextDecoder.maximumBytes))) {
            try InputFile.read(path)
        }
    }

    @Test func deeplyNestedPageEndsWithAClearErrorInBoundedTime() {
        let depth = 50_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Text far below the depth limit.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let clock = ContinuousClock()

        let elapsed = clock.measure {
            #expect(throws: ImportError.noArticleText(format: .html)) {
                try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)
            }
        }

        #expect(elapsed < .seconds(5))
    }

    @Test func textBelowTheTreeDepthLimitIsKeptAsText() throws {
        let depth = MarkupParser.maximumDepth + 20
        let html =
            "<html><body><h1>Deep</h1>" + String(repeating: "<div>", count: depth)
            + "<p>Deep text that is long enough to count.</p>" + String(repeating: "</div>", count: depth)
            + "</body></html>"

        let article = try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)

        #expect(article.title == "Deep")
        #expect(article.paragraphs == ["Deep text that is long enough to count."])
    }
}
