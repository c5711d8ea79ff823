import ArticleAnalysis
import Testing

@testable import ArticleImport

/// One small page per extraction rule: what the extractor keeps and what it leaves out.
@Suite struct HTMLExtractionRuleTests {
    /// Article paragraphs long enough to count as article text.
    static let body = [
        "The river authority opened the new weir at Harnby on Monday, three years after the old one failed in a winter flood.",
        "Engineers said the structure, built of reinforced concrete and steel gates, should hold back water for a century.",
        "Farmers downstream, whose fields were under water for weeks in the last flood, welcomed the work but asked for more.",
    ]

    static func page(head: String = "", _ body: String) -> [UInt8] {
        Array("<!DOCTYPE html><html><head><title>Weir opens</title>\(head)</head><body>\(body)</body></html>".utf8)
    }

    static var paragraphsHTML: String { body.map { "<p>\($0)</p>" }.joined() }

    static func extract(_ bytes: [UInt8]) throws -> Article {
        try HTMLArticleExtractor.article(from: bytes, source: nil)
    }

    @Test func leadInTheArticleHeaderStaysWithTheBody() throws {
        let article = try Self.extract(
            Self.page(
                """
                <header class="site"><a href="/">Home</a> <a href="/news">News</a></header>
                <article><header><h1>Weir opens at Harnby</h1>
                <p class="article__intro">A flood barrier that took three years to build is finally working.</p></header>
                <div class="entry-content">\(Self.paragraphsHTML)</div></article>
                """))

        #expect(article.paragraphs.first == "A flood barrier that took three years to build is finally working.")
        #expect(article.paragraphs.suffix(3) == Self.body[...])
        #expect(!article.body.contains("Home"))
    }

    @Test func contentWrapperNamedLikeAShareBoxKeepsItsText() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1><div class="entry share">\(Self.paragraphsHTML)\(Self.paragraphsHTML)</div>
                <div class="share-buttons"><span>Share this on Mastodon or by email with a friend</span></div></article>
                """))

        #expect(article.paragraphs == Self.body + Self.body)
    }

    @Test func commentaryIsAnArticleButCommentsAreNot() throws {
        let article = try Self.extract(
            Self.page(
                """
                <div class="news commentary"><h1>Weir opens</h1>\(Self.paragraphsHTML)</div>
                <section class="comments"><p>Posted by reader42: I have been waiting for this weir for years, finally!</p></section>
                """))

        #expect(article.paragraphs == Self.body)
    }

    @Test func relatedHeadingGoesWithItsLinkListAndTrailingHeadingsGo() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1>\(Self.paragraphsHTML)
                <h2>You might also like</h2>
                <ul><li><a href="/a">Bridge repairs start in May</a></li><li><a href="/b">Ferry timetable changes</a></li></ul>
                <h3>Follow us</h3></article>
                """))

        #expect(article.paragraphs == Self.body)
    }

    @Test func subheadingsInsideTheArticleStay() throws {
        let html =
            "<article><h1>Weir opens</h1><p>\(Self.body[0])</p><h2>What comes next</h2><p>\(Self.body[1])</p></article>"
        let article = try Self.extract(Self.page(html))

        #expect(article.paragraphs == [Self.body[0], "What comes next", Self.body[1]])
    }

    @Test func dateLinesAndReadingTimesAreNotBody() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1><p>Published <time datetime="2026-03-02">2 March 2026</time></p>
                <div class="reading-time">4 min read</div>\(Self.paragraphsHTML)</article>
                """))

        #expect(article.paragraphs == Self.body)
        #expect(article.publishedAt != nil)
    }

    @Test func postingLinesWithoutTimeElementsAreNotBody() throws {
        let updated = "Updated residents can collect sandbags at the depot until 8 pm tonight, the council said."
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1><p>Posted: Mon 6:45 PM, Mar 2, 2026 | Updated: Tue 8:31 AM, Mar 3, 2026</p>
                <p>Veröffentlicht am 02.03.2026</p>\(Self.paragraphsHTML)<p>\(updated)</p></article>
                """))

        #expect(article.paragraphs == Self.body + [updated], "a sentence opening with the word stays")
    }

    @Test func quotationsStayAndCaptionsCreditsAndNewslettersGo() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1><p>\(Self.body[0])</p>
                <figure><img src="w.jpg"><figcaption>The new gates at dawn. Photo: Ada Lind</figcaption></figure>
                <blockquote><p>It is the best thing to happen to this valley in my lifetime.</p></blockquote>
                <p>\(Self.body[1]) As one farmer put it, <q>the water has somewhere to go now</q>.</p>
                <div class="image-credit">Picture agency North</div>
                <div class="newsletter-box"><p>Get the river news every morning in your inbox, free of charge.</p></div>
                </article>
                """))

        #expect(
            article.paragraphs == [
                Self.body[0], "“It is the best thing to happen to this valley in my lifetime.”",
                Self.body[1] + " As one farmer put it, “the water has somewhere to go now”.",
            ])
    }

    @Test func linkedDataArticleBodyWinsWhenThePageShowsLittle() throws {
        let json = Self.body.joined(separator: "\\n")
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Weir opens at Harnby",
            "articleBody": "\(json)"}</script>
            """
        let article = try Self.extract(
            Self.page(
                head: head, "<article><h1>Weir opens</h1><p>Loading the full story, one moment please…</p></article>"))

        #expect(article.title == "Weir opens at Harnby")
        #expect(article.paragraphs == Self.body)
    }

    @Test func articleThatBrokenMarkupPutInsideAnAsideIsStillRead() throws {
        let article = try Self.extract(
            Self.page(
                """
                <aside class="widgets"><div class="menu"><a href="/">Home</a></div>
                <article class="post"><h1>Weir opens</h1>\(Self.paragraphsHTML)</article></aside>
                """))

        #expect(article.paragraphs == Self.body)
    }

    @Test func paragraphsThatContinueTheDensestBlockAreKept() throws {
        let article = try Self.extract(
            Self.page(
                """
                <div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>
                <div class="wrap"><div class="col">\(Self.paragraphsHTML)</div>
                <p>The authority will publish its first report on the weir in the autumn.</p>
                <div class="links"><a href="/x">Weather</a> <a href="/y">Traffic</a></div></div>
                """))

        #expect(
            article.paragraphs == Self.body + ["The authority will publish its first report on the weir in the autumn."]
        )
    }

    @Test func pageThatAFrameworkWrappedInOneFormIsRead() throws {
        let article = try Self.extract(
            Self.page(
                """
                <form id="aspnetForm" action="/page.aspx"><div class="top"><a href="/">Home</a></div>
                <div class="story">\(Self.paragraphsHTML)\(Self.paragraphsHTML)\(Self.paragraphsHTML)</div>
                <form class="search"><input name="q"> <span>Search the whole site for older stories</span></form></form>
                """))

        #expect(article.paragraphs == Self.body + Self.body + Self.body)
    }

    @Test func aTooShortFirstReadingGivesWayToALooserOne() throws {
        // The marked body holds one short line; the text of the page stands outside it.
        let article = try Self.extract(
            Self.page(
                """
                <div class="sidebar-layout"><h1>Weir opens</h1>\(Self.paragraphsHTML)
                <div class="entry-content"><p>Read the full report on the authority's site.</p></div></div>
                """))

        #expect(article.paragraphs.prefix(3) == Self.body[...])
    }

    @Test func pictureCreditLinesAreNotBody() throws {
        let article = try Self.extract(
            Self.page(
                "<article><h1>Weir opens</h1>\(Self.paragraphsHTML)<p>Foto: Ada Lind / River Press</p><p>© Harnby Gazette</p></article>"
            ))

        #expect(article.paragraphs == Self.body)
        #expect(HTMLParagraphCollector.isCredit("Photo: Ada Lind"))
        #expect(
            !HTMLParagraphCollector.isCredit("Photographers gathered at the weir before dawn to watch the gates open."))
    }

    @Test func teasersAfterARelatedLineAreOtherArticles() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1>\(Self.paragraphsHTML)
                <p><strong>Lesen Sie auch:</strong></p>
                <div class="box"><h3>Bridge repairs begin</h3><p>Work on the old stone bridge starts in May and lasts all summer long.</p></div>
                </article>
                """))

        #expect(article.paragraphs == Self.body)
        let early = ["Related stories", Self.body[0], Self.body[1]]
        #expect(HTMLParagraphCollector.withoutTeasersAndLabels(early) == early, "only the second half is cut")
    }

    @Test func aBareReadMoreButtonUnfoldsTheRestOfTheArticleAndAdLabelsGo() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1><p>\(Self.body[0])</p><div class="slot"><span>ADVERTISEMENT</span></div>
                <p>– Anzeige –</p><p>\(Self.body[1])</p>
                <div class="expander"><div id="js-read-more">Read More</div></div>
                <div class="rest"><p>\(Self.body[2])</p></div></article>
                """))

        #expect(article.paragraphs == Self.body)
        let teased = [Self.body[0], Self.body[1], "Read more about flood defences", "Bridge repairs begin in May"]
        #expect(HTMLParagraphCollector.withoutTeasersAndLabels(teased) == Array(Self.body[0...1]))
    }

    @Test func pullQuotesAndTablesInFiguresStayButTheirCaptionsGo() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1><p>\(Self.body[0])</p>
                <figure class="pullquote"><blockquote><p>We finally sleep through the winter storms.</p></blockquote>
                <figcaption>Resident of the lower town</figcaption></figure>
                <figure><table><tr><td>Gates</td><td>six steel gates</td></tr></table><figcaption>Source: river authority</figcaption></figure>
                <p>\(Self.body[1])</p></article>
                """))

        #expect(
            article.paragraphs == [
                Self.body[0], "“We finally sleep through the winter storms.”", "Gates", "six steel gates", Self.body[1],
            ])
    }

    @Test func longParagraphsBeforeTheBlocksEndJoinItButNotThoseAfter() throws {
        let lead =
            "Harnby has waited three years for this morning, when the first of six steel gates swung shut against the river."
        let disclaimer =
            "Our reporters write for the Harnby Courier, a paper owned by its readers and funded by their subscriptions since 1921."
        let article = try Self.extract(
            Self.page(
                """
                <div class="hero"><div class="intro"><p>\(lead)</p></div></div>
                <div class="module"><div class="text">\(Self.paragraphsHTML)</div></div>
                <div class="about"><div class="inner"><p>\(disclaimer)</p></div></div>
                """))

        #expect(article.paragraphs == [lead] + Self.body)
    }

    @Test func aSentenceCitingItsSourcesInLinksStaysButALinkLineGoes() throws {
        let cited =
            "The <a href=\"/report\">river authority's flood report</a> and the <a href=\"/survey\">survey of the old weir's foundations</a> both warned of it years ago."
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1>\(Self.paragraphsHTML)<p>\(cited)</p>
                <p>See also: <a href="/a">Ferry timetable changes</a></p></article>
                """))

        #expect(
            article.paragraphs.last
                == "The river authority's flood report and the survey of the old weir's foundations both warned of it years ago."
        )
        #expect(!article.body.contains("Ferry"))
    }

    @Test func authorNotesPostMetadataAndCopyrightLinesAreNotBody() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1>\(Self.paragraphsHTML)
                <div class="entry-meta">Filed under Rivers and Floods on a wet Monday</div>
                <div class="artikel-autor"><p>Anna Berg schreibt für den Kurier über Flüsse und Deiche.</p></div>
                <p class="noprint">Diesen Artikel drucken oder als PDF speichern</p>
                <div class="copyright-note">All text on this site may be shared with credit to the Courier.</div>
                </article>
                """))

        #expect(article.paragraphs == Self.body)
    }

    @Test func anArticleGivenInNoscriptIsReadButAScriptNoteIsNot() throws {
        let article = try Self.extract(
            Self.page(
                """
                <div class="post-body"><script type="text/template">render()</script>
                <noscript>\(Self.paragraphsHTML)</noscript></div>
                <noscript><p>Please enable JavaScript to see the comments.</p></noscript>
                """))

        #expect(article.paragraphs == Self.body)
    }

    @Test func aFormWrappedAroundAPageOfDivsIsRead() throws {
        let steps = (Self.body + Self.body.map { $0.uppercased() } + Self.body.reversed()).map {
            "<li><div>\($0)</div></li>"
        }
        let article = try Self.extract(
            Self.page(
                """
                <form id="mainform" method="post"><div class="recipe"><h1>Weir cake</h1><ul>\(steps.joined())</ul></div></form>
                <form class="search"><input name="q"><button>Search</button></form>
                """))

        #expect(article.paragraphs.count == 9)
        #expect(article.paragraphs.first == Self.body[0])
    }

    @Test func aShortBlockGivesWayToAPageThatSpreadsItsTextOverManyBlocks() throws {
        // Each module holds its paragraph six times over, in spans: text the scorer sees no
        // paragraphs in, so the densest block is the short introduction.
        let modules = Self.body.enumerated().map { index, paragraph in
            let spans = Array(repeating: "<span>\(paragraph)</span>", count: 6).joined(separator: " ")
            return "<section class=\"module\"><h2>Part \(index + 1)</h2><div>\(spans)</div></section>"
        }
        let article = try Self.extract(
            Self.page("<div class=\"intro\">\(Self.paragraphsHTML)</div>\(modules.joined())"))

        #expect(article.paragraphs.count == 9)
        #expect(article.paragraphs.last == Array(repeating: Self.body[2], count: 6).joined(separator: " "))
        #expect(HTMLArticleExtractor.isFragment(["Short."], of: ["Short.", Self.body[0]]))
        #expect(!HTMLArticleExtractor.isFragment(Self.body, of: Self.body + ["Footer note."]))
    }

    @Test func aTeaserWithoutLinksIsTheLeadButLinkedTeasersAndTheirTitlesGo() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1>
                <div class="news-teaser"><p>A flood barrier that took three years to build is finally working.</p></div>
                \(Self.paragraphsHTML)
                <div class="teaser"><p><a href="/ferry">The ferry keeps its winter timetable</a> until March.</p></div>
                <div class="teaser-card"><h3 class="teaser">Bridge repairs</h3><p>Work starts in May.</p></div>
                </article>
                """))

        #expect(
            article.paragraphs == ["A flood barrier that took three years to build is finally working."] + Self.body)
    }

    @Test func aContentBlockThatAScriptHookNamesRelatedKeepsItsParagraphs() throws {
        let intro =
            "The weir at Harnby, a barrier of concrete and steel across the river, replaces the one that failed "
            + "in the winter flood three years ago, and the river authority says it will protect the town, its "
            + "bridge and the farms downstream for the next hundred years."
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1><p>\(intro)</p>
                <section class="article-content js-truncate-related">\(String(repeating: Self.paragraphsHTML, count: 3))</section>
                <div class="related-content"><p><a href="/bridge">Bridge repairs start in May</a></p></div></article>
                """))

        #expect(article.paragraphs == [intro] + Self.body + Self.body + Self.body)
    }

    @Test func hiddenMetadataAndMenusGoButHiddenArticleTextStays() throws {
        let paywalled =
            "The authority will publish the weir's flood readings every hour on its website, and a siren on the "
            + "bridge will sound when the river rises above the level that flooded the market square and the station last winter."
        let article = try Self.extract(
            Self.page(
                """
                <div style="display: none" itemscope itemtype="https://schema.org/NewsArticle">
                <div itemprop="author">River Authority Press Office</div><div itemprop="datePublished">2026-03-02</div>
                <div itemprop="articleBody"><p>\(Self.body[0])</p></div></div>
                <article><h1>Weir opens</h1>\(Self.paragraphsHTML)
                <div style="visibility:hidden"><p>Sign in to save this article to your reading list.</p></div>
                <div class="full-text" style="DISPLAY: NONE;"><p>\(paywalled)</p></div></article>
                """))

        #expect(article.paragraphs == Self.body + [paywalled])
    }

    @Test func rubyReadingsAreNotText() throws {
        let sentence = "<ruby>洪水<rt>こうずい</rt></ruby>を<ruby>防<rp>(</rp><rt>ふせ</rt><rp>)</rp></ruby>ぐ"
        let article = try Self.extract(
            Self.page("<article><h1>Weir opens</h1><p>\(sentence)堰ができました。</p>\(Self.paragraphsHTML)</article>"))

        #expect(article.paragraphs.first == "洪水を防ぐ堰ができました。")
    }

    @Test func aRecipeOrHowToStatedInLinkedDataCompletesABodyThatLacksIt() throws {
        let recipe = #"""
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
            {"@type": "Recipe", "name": "Weir cake", "recipeIngredient": ["200 g flour", "2 eggs"],
            "recipeInstructions": [{"@type": "HowToStep", "text": "Beat the eggs."},
            {"@type": "HowToSection", "name": "Baking", "itemListElement": [{"@type": "HowToStep", "text": "<p>Bake for <b>40</b> minutes.</p>"}]}]}]}
            </script>
            """#
        let baked = try Self.extract(
            Self.page(head: recipe, "<article><h1>Weir cake</h1>\(Self.paragraphsHTML)</article>"))
        #expect(
            baked.paragraphs == Self.body + [
                "200 g flour", "2 eggs", "Beat the eggs.", "Baking", "Bake for 40 minutes.",
            ])

        let questions = #"""
            <script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [{"@type": "Question",
            "name": "When did the weir open?", "acceptedAnswer": {"@type": "Answer", "text": "On Monday."}}]}</script>
            """#
        let answered = try Self.extract(
            Self.page(
                head: questions,
                "<article><h1>Weir opens</h1>\(Self.paragraphsHTML)<h2>When did the weir open?</h2><p>On Monday.</p></article>"
            ))
        #expect(
            answered.paragraphs == Self.body + ["When did the weir open?", "On Monday."], "the body holds them already")
    }

    @Test func anEmbeddedPostInASocialBlockIsAQuotationButShareButtonsGo() throws {
        let article = try Self.extract(
            Self.page(
                """
                <article><h1>Weir opens</h1>\(Self.paragraphsHTML)
                <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The weir held tonight. Proud of the crew.</p>
                &mdash; Harnby Rivers (@harnbyrivers) <a href="https://example.org/status/1">March 2, 2026</a></blockquote></div>
                <div class="social-share"><a href="/share">Share on Mastodon</a> <span>or by email</span></div></article>
                """))

        let post = "\u{201C}The weir held tonight. Proud of the crew."
        #expect(Array(article.paragraphs.prefix(4)) == Self.body + [post])
        #expect(article.paragraphs.count == 5 && article.paragraphs[4].contains("Harnby Rivers (@harnbyrivers)"))
        #expect(!article.body.contains("Mastodon"))
    }
}
