import ArchiveStore
import ArticleAnalysis
import Foundation
import ReaderCore
import TestSupport
import Testing

/// The article header: date with its kind, length and reading time, source, bookmark note.
@Suite("Article header")
struct ArticleHeaderTests {
    private func record(words: Int, published: Date?, source: String?) -> ArticleRecord {
        var article = Article(
            title: "Ferry timetable changes",
            paragraphs: [Array(repeating: "word", count: words).joined(separator: " ")])
        article.publishedAt = published
        article.source = source
        var stored = ArticleRecord(article: article, quoteCount: 0, importedAt: ReaderTestArchive.importDate)
        stored.wordCount = words
        return stored
    }

    @Test("a published date is labelled published, else the import date is labelled imported")
    func dates() {
        let published = Date(timeIntervalSince1970: 1_767_225_600 - 86_400 * 3)
        let withDate = ArticleHeader(record: record(words: 460, published: published, source: nil), bookmark: nil)
        #expect(withDate.text(dateFormat: .standard) == "Published 2025-12-29 \u{00B7} 460 words, 2 min read")
        let withoutDate = ArticleHeader(record: record(words: 1, published: nil, source: nil), bookmark: nil)
        #expect(withoutDate.text(dateFormat: .standard) == "Imported 2026-01-01 \u{00B7} 1 word, 1 min read")
    }

    @Test("the source, a feed, tags and the bookmark note each take a segment when present")
    func segments() throws {
        let stored = record(words: 231, published: nil, source: "https://example.org/ferry")
        var header = ArticleHeader(record: stored, bookmark: nil)
        header.bookmarked = true
        header.note = "ask the union"
        header.feed = "Harbour News"
        header.tags = ["ferry", "strike"]
        #expect(
            header.text(dateFormat: .standard)
                == "Imported 2026-01-01 \u{00B7} from Harbour News \u{00B7} 231 words, 2 min read \u{00B7} "
                + "https://example.org/ferry \u{00B7} #ferry #strike \u{00B7} \u{2605} ask the union")
    }

    @Test("the header shows under the byline, follows a new note, and keeps the reading place")
    func headerInReader() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("Enter")
        #expect(session.shows("Imported 2026-01-01 \u{00B7} 93 words, 1 min read"))
        session.press("j")
        let top = session.state.article?.top
        session.press("a")
        session.type("check the rest rules")
        session.press("Enter")
        #expect(session.state.article?.top == top)
        session.press("g")
        #expect(session.shows("\u{2605} check the"))
        session.press("b")
        #expect(!session.shows("\u{2605} check"))
    }

    @Test("the header of a published web article with a bookmark note, and the pipe prompt, at 120×35, 80×24, 60×20")
    func goldens() throws {
        let fixture = try ReaderTestArchive()
        var article = Article(
            title: "Night ferries return to the Tessaly crossing", bylines: ["Ines Halvorsen"],
            paragraphs: [
                "The night ferries sail again from Monday, the operator said, after a winter of repairs.",
                "\u{201C}We missed the late crossing more than anyone,\u{201D} said Maren Okafor, a deckhand.",
            ])
        article.source = "https://www.harbour-gazette.example/ferries/night-crossing"
        article.publishedAt = Date(timeIntervalSince1970: 1_766_620_800)
        _ = try fixture.archive.insert([article], now: ReaderTestArchive.importDate)
        let id = try fixture.id(of: article.title)
        try fixture.archive.setBookmarkNote(articleID: id, note: "ask about the winter timetable")
        for (width, height) in [(120, 35), (80, 24), (60, 20)] {
            let session = fixture.session(width: width, height: height)
            session.press("g", "Enter")
            expectGolden(session.screen, "article-header-\(width)x\(height).txt")
            session.press("|")
            session.type("wc -w")
            expectGolden(session.screen, "pipe-prompt-\(width)x\(height).txt")
        }
    }

    @Test("an article a subscription brought names the feed's title in its header, at 80×24; others do not")
    func feedTitle() throws {
        let fixture = try ReaderTestArchive()
        let article = Article(
            title: "Pilot boat named after the harbourmaster", bylines: ["Ines Halvorsen"],
            paragraphs: ["The new pilot boat carries the name of the harbourmaster who retired in spring."])
        let outcomes = try fixture.archive.insert([article], now: ReaderTestArchive.importDate)
        let courier = try fixture.archive.addSubscription(
            Subscription(
                url: "https://courier.example/rss", title: "Kessel Bay Courier", addedAt: ReaderTestArchive.importDate))
        try fixture.archive.link(outcomes, subscriptionID: try #require(courier.id))
        let id = try fixture.id(of: article.title)
        #expect(try fixture.archive.feedTitle(articleID: id) == "Kessel Bay Courier")
        #expect(try fixture.archive.feedTitle(articleID: id - 1) == nil)

        let session = fixture.session(width: 80, height: 24)
        session.press("g", "Enter")
        #expect(session.shows("from Kessel Bay Courier"))
        expectGolden(session.screen, "article-header-feed-80x24.txt")
        session.press("J")
        #expect(!session.shows("from Kessel Bay Courier"))
    }
}
