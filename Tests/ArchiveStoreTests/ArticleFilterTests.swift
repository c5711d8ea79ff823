import ArticleAnalysis
import Foundation
import Testing

@testable import ArchiveStore

/// `ArticleFilter`: the expression syntax, and what each kind of term keeps in summaries,
/// counts, full-text search and sorted listings.
@Suite("Article filters")
struct ArticleFilterTests {
    /// Noon UTC of a day in 2026.
    static func day(_ month: Int, _ day: Int) -> Date {
        DateComponents(
            calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2026,
            month: month, day: day, hour: 12
        ).date!
    }

    /// Four articles, oldest first: ids 1 to 4.
    static func archive() throws -> Archive {
        let archive = try Archive.inMemory()
        _ = try archive.insert(
            [
                Article(
                    title: "Harbour dues raised", paragraphs: ["“The dues pay for dredging” [Mira Holt]."],
                    source: "https://coast.example.org/dues", publishedAt: day(1, 10)),
                Article(
                    title: "Ferry timetable", paragraphs: ["The winter ferry timetable starts on Monday."],
                    source: "https://ferries.example.net/winter", publishedAt: day(2, 3)),
                Article(
                    title: "Die Fähre fährt wieder",
                    paragraphs: ["Die Fähre fährt wieder nach dem Sturm, und die Leute sind froh darüber."],
                    source: "https://kueste.example.de/faehre", publishedAt: day(2, 20)),
                Article(
                    title: "Dredger arrives", paragraphs: ["“The ferry channel is next” [Mira Holt]. [Otto Brandt]"],
                    source: "https://coast.example.org/dredger", publishedAt: day(3, 5)),
            ],
            analyse: { text in
                var annotations = SpeakerIndexTests.bracketSpeakers(text)
                annotations.language = text.hasPrefix("Die") ? .german : .english
                return annotations
            })
        try archive.changeTags(ids: [1, 4], adding: ["harbour"], removing: [])
        try archive.changeTags(ids: [2, 4], adding: ["ferries"], removing: [])
        try archive.setRead(articleID: 4, true)
        try archive.setRead(articleID: 2, true)
        try archive.addBookmark(articleID: 3)
        return archive
    }

    @Test("an expression reads into one filter and back, quotes keeping spaces")
    func expression() throws {
        let filter = try ArticleFilter(
            parsing:
                #"tag:Harbour unread  since:2026-01-01 until:2026-02-28 lang:DE source:example.org speaker:"Mira Holt" bookmarked tag:ferries"#
        )
        #expect(
            filter
                == ArticleFilter(
                    tags: ["harbour", "ferries"], unread: true, bookmarked: true, source: "example.org",
                    since: CalendarDay(year: 2026, month: 1, day: 1), until: CalendarDay(year: 2026, month: 2, day: 28),
                    language: .german, speaker: "Mira Holt"))
        #expect(
            filter.expression
                == #"tag:harbour tag:ferries unread bookmarked source:example.org since:2026-01-01 until:2026-02-28 lang:de speaker:"Mira Holt""#
        )
        #expect(try ArticleFilter(parsing: filter.expression) == filter)
        #expect(try ArticleFilter(parsing: "  ").isEmpty)
    }

    @Test(
        "a bad term gets one sentence naming it",
        arguments: [
            ("tag:politics unred", ArticleFilterError.unknownTerm("unred")),
            ("colour:red", .unknownTerm("colour:red")),
            ("source:", .missingValue("source")),
            ("since:2026-02-30", .notADay("2026-02-30")),
            ("until:yesterday", .notADay("yesterday")),
            ("lang:xx", .unknownLanguage("xx")),
            (#"speaker:"Ana"#, .unclosedQuote),
            ("since:2026-03-01 until:2026-02-01", .emptyRange(since: "2026-03-01", until: "2026-02-01")),
            (
                "tag:a,b",
                .invalidTag(.invalidTag("a,b", reason: "a tag is one word without spaces, commas, colons or quotes"))
            ),
        ])
    func badTerms(text: String, error: ArticleFilterError) throws {
        #expect(throws: error) { try ArticleFilter(parsing: text) }
    }

    @Test("the sentences of the errors")
    func sentences() {
        #expect(
            ArticleFilterError.unknownTerm("unred").description
                == "'unred' is not a filter term: use tag:NAME, unread, bookmarked, source:TEXT, "
                + "since:YYYY-MM-DD, until:YYYY-MM-DD, lang:CODE, speaker:NAME or feed:ID-OR-TITLE")
        #expect(ArticleFilterError.notADay("May").description == "'May' is not a day: write it as YYYY-MM-DD")
    }

    @Test(
        "each kind of term keeps its articles, newest first, in pages and counts",
        arguments: [
            ("tag:harbour", [4, 1]), ("tag:harbour tag:ferries", [4]), ("unread", [3, 1]), ("bookmarked", [3]),
            ("source:COAST.example", [4, 1]), ("since:2026-02-01", [4, 3, 2]), ("until:2026-02-03", [2, 1]),
            ("since:2026-02-03 until:2026-02-20", [3, 2]), ("lang:de", [3]), (#"speaker:"mira holt""#, [4, 1]),
            ("speaker:Otto", []), ("unread tag:harbour since:2026-01-01", [1]), ("", [4, 3, 2, 1]),
        ] as [(String, [Int64])])
    func kinds(expression: String, ids: [Int64]) throws {
        let archive = try Self.archive()
        let filter = try ArticleFilter(parsing: expression)
        #expect(try archive.summaries(limit: 10, filter: filter).map(\.id) == ids)
        #expect(try archive.count(matching: filter) == ids.count)
        #expect(try archive.summaries(matching: filter, order: .newest).map(\.id) == ids)
        if ids.count > 1 {
            #expect(
                try archive.summaries(.older, than: ids[0], limit: 10, filter: filter).map(\.id)
                    == Array(ids.dropFirst()))
        }
    }

    @Test("a tag filter narrows a full-text search and its count")
    func searchWithTag() throws {
        let archive = try Self.archive()
        #expect(try archive.search("ferry").map(\.summary.id) == [2, 4])
        let ferries = try ArticleFilter(parsing: "tag:ferries unread")
        #expect(try archive.search("ferry", filter: ArticleFilter(tags: ["harbour"])).map(\.summary.id) == [4])
        #expect(try archive.search("ferry", filter: ferries).isEmpty)
        #expect(try archive.searchCount("ferry", filter: ArticleFilter(tags: ["ferries"])) == 2)
        #expect(
            try archive.search(
                "ferry", limit: 10, offset: 0, filter: ArticleFilter(tags: ["ferries"]), rankedCandidates: 1
            )
            .map(\.summary.id) == [4, 2])
    }

    @Test(
        "sorting by each order, ties newest first",
        arguments: [
            (ArticleOrder.newest, [4, 3, 2, 1]), (.oldest, [1, 2, 3, 4]), (.title, [3, 4, 2, 1]),
            (.source, [4, 1, 2, 3]), (.quotes, [4, 1, 3, 2]),
        ] as [(ArticleOrder, [Int64])])
    func sorting(order: ArticleOrder, ids: [Int64]) throws {
        let archive = try Self.archive()
        #expect(try archive.summaries(matching: ArticleFilter(), order: order).map(\.id) == ids)
        #expect(
            try archive.summaries(matching: ArticleFilter(), order: order, limit: 2, offset: 1).map(\.id)
                == Array(ids[1...2]))
    }
}

/// Keyset pages in every order: paging down and back up one article at a time gives the
/// same sequence as one sorted query.
@Suite("Keyset pages in every order")
struct KeysetOrderTests {
    @Test("pages of one in each order, down and up", arguments: ArticleOrder.allCases)
    func pages(order: ArticleOrder) throws {
        let archive = try ArticleFilterTests.archive()
        _ = try archive.insert([
            Article(title: "harbour dues raised", paragraphs: ["A second story with a lower-case title."]),
            Article(title: "No source here", paragraphs: ["This one came without an address."]),
        ])
        let expected = try archive.summaries(matching: ArticleFilter(), order: order).map(\.id)
        var down: [Int64] = []
        var page = try archive.summaries(limit: 1, order: order)
        while let row = page.first, down.count <= expected.count {
            down.append(row.id)
            page = try archive.summaries(.older, than: row.id, limit: 1, order: order)
        }
        #expect(down == expected)
        var up: [Int64] = []
        page = try archive.summaries(.newer, limit: 1, order: order)
        while let row = page.first, up.count <= expected.count {
            up.insert(row.id, at: 0)
            page = try archive.summaries(.newer, than: row.id, limit: 1, order: order)
        }
        #expect(up == expected)
    }
}
