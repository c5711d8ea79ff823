import ArticleAnalysis
import Foundation
import Testing

@testable import ArticleImport

/// Title, authors, publication date and language read from the shapes real pages use.
@Suite struct HTMLMetadataTests {
    static let body =
        "<p>The town council voted on Tuesday to keep the old market hall open for another ten years.</p>"

    static func article(_ html: String) throws -> Article {
        try HTMLArticleExtractor.article(from: Array(html.utf8), source: nil)
    }

    @Test func blogPageGivesLanguageFromHtmlLangDateFromOpenGraphAndAuthorFromTheByline() throws {
        let article = try Self.article(
            """
            <!DOCTYPE html><html lang="de-DE"><head><title>Markthalle bleibt offen – Stadtblog</title>
            <meta property="og:site_name" content="Stadtblog">
            <meta property="og:title" content="Markthalle bleibt offen – Stadtblog">
            <meta property="article:published_time" content="2025-11-04T18:30:00+01:00"></head>
            <body><article class="post"><h1 class="entry-title">Markthalle bleibt offen</h1>
            <div class="entry-meta">von <span class="author vcard"><a rel="author" href="/autor/jb">Jana Brenner</a></span></div>
            <div class="entry-content">\(Self.body)</div></article></body></html>
            """)

        #expect(article.title == "Markthalle bleibt offen")
        #expect(article.bylines == ["Jana Brenner"])
        #expect(article.publishedAt == ISO8601DateFormatter().date(from: "2025-11-04T17:30:00Z"))
        #expect(article.language == "de-DE")
    }

    @Test func newsPageGivesEverythingFromItsLinkedDataGraph() throws {
        let article = try Self.article(
            """
            <html><head><title>Site</title><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Le Quotidien du Port"},
              {"@type": "NewsArticle", "headline": "La halle du marché reste ouverte",
               "inLanguage": "fr-FR", "datePublished": "2025-11-04T08:00:00Z",
               "author": [{"@type": "Person", "name": "Luc Moreau"}, {"@type": "Person", "name": "Aude Vidal"}]}
            ]}</script></head>
            <body><main><h1>La halle du marché reste ouverte</h1>\(Self.body)</main></body></html>
            """)

        #expect(article.title == "La halle du marché reste ouverte")
        #expect(article.bylines == ["Luc Moreau", "Aude Vidal"])
        #expect(article.publishedAt == ISO8601DateFormatter().date(from: "2025-11-04T08:00:00Z"))
        #expect(article.language == "fr-FR")
    }

    @Test func platformMetaNamesAndTheMarkedTimeWinOverAHeaderClock() throws {
        let article = try Self.article(
            """
            <html><head><title>Market hall stays open | Harbour Herald</title>
            <meta name="parsely-author" content="Tomás Reyes">
            <meta property="og:locale" content="es_ES"></head>
            <body><header><time datetime="2026-01-01T09:00:00Z">Today</time></header>
            <article><h1>Market hall stays open</h1>
            <p class="dateline"><time itemprop="datePublished" datetime="2025-11-03T12:00:00Z">3 November</time></p>
            \(Self.body)</article></body></html>
            """)

        #expect(article.title == "Market hall stays open")
        #expect(article.bylines == ["Tomás Reyes"])
        #expect(article.publishedAt == ISO8601DateFormatter().date(from: "2025-11-03T12:00:00Z"))
        #expect(article.language == "es-ES")
    }

    @Test func languageTagsAreNormalisedAndNonsenseIsIgnored() {
        #expect(HTMLMetadata.languageTag("en_us") == "en-US")
        #expect(HTMLMetadata.languageTag("pl") == "pl")
        #expect(HTMLMetadata.languageTag("de-DE, en") == "de-DE")
        #expect(HTMLMetadata.languageTag("zh-Hant-TW") == "zh")
        #expect(HTMLMetadata.languageTag("{{lang}}") == nil)
        #expect(HTMLMetadata.languageTag("") == nil)
    }
}
