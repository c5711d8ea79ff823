import ArticleAnalysis
import Foundation
import GRDB
import Testing

@testable import ArchiveStore

/// Every kind of filter reaches a page of the list through an index (migration
/// `v12-unread-articles` and the tables' own), so the first page stays quick in a large
/// archive; and `unread_article`, which the unread filter reads, follows the reading state.
@Suite("Filter query plans")
struct FilterQueryPlanTests {
    /// One expression per kind of filter term, and a combination.
    static let expressions = [
        "tag:harbour", "unread", "bookmarked", "source:coast.example.org", "feed:1", "feed:wire",
        "since:2026-02-01", "since:2026-02-01 until:2026-02-28", "lang:de", #"speaker:"Mira Holt""#,
        "unread tag:harbour since:2026-01-01",
    ]

    /// The details of `EXPLAIN QUERY PLAN` for the page query of `filter` in `order`.
    static func plan(_ archive: Archive, _ filter: ArticleFilter, _ order: ArticleOrder) throws -> [String] {
        try archive.read { db in
            let query = Archive.pageQuery(filter.conditions, orderBy: order.orderBy(), limit: 50)
            let (sql, arguments) = try query.build(db)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] }
        }
    }

    @Test("a filtered page in import order never scans the article table", arguments: expressions)
    func importOrder(expression: String) throws {
        let archive = try ArticleFilterTests.archive()
        for order in [ArticleOrder.newest, .oldest] {
            let plan = try Self.plan(archive, try ArticleFilter(parsing: expression), order)
            #expect(!plan.contains { $0 == "SCAN a" || $0 == "SCAN article" }, "\(order): \(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(order): \(plan)")
        }
    }

    @Test("a filtered page in any other order reads only the articles the filter keeps", arguments: expressions)
    func otherOrders(expression: String) throws {
        let archive = try ArticleFilterTests.archive()
        for order in [ArticleOrder.title, .source, .quotes] {
            let plan = try Self.plan(archive, try ArticleFilter(parsing: expression), order)
            #expect(!plan.contains { $0 == "SCAN a" || $0 == "SCAN article" }, "\(order): \(plan)")
        }
    }

    @Test("the walk of a date, source or language filter reads only the narrow index, in import order")
    func walk() throws {
        let archive = try ArticleFilterTests.archive()
        let filter = try ArticleFilter(
            parsing: "source:coast since:2026-01-01 until:2026-03-31 lang:en unread tag:harbour")
        for order in [ArticleOrder.newest, .oldest] {
            let plan = try archive.read { db in
                let walk = Archive.walkQuery(filter.conditions(perArticle: true), orderBy: order.orderBy(), limit: 50)
                let (sql, arguments) = try walk.build(db)
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map {
                    $0["detail"] as String
                }
            }
            #expect(plan.first?.contains("USING COVERING INDEX article_list_walk") == true, "\(order): \(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(order): \(plan)")
        }
    }

    @Test(
        "a date or source filter pages alike whether its page is found in the walk or comes from the index",
        arguments: [
            "source:rare.example.org", "source:COMMON", "until:2026-01-31", "since:2026-03-01", "since:2027-01-01",
        ])
    func walkOrIndexed(expression: String) throws {
        // Given 300 articles: every thirtieth from a rare source, the oldest fifth published in
        // January, the rest in March; a walk of 40 articles, pages of 10
        let archive = try Archive.inMemory()
        let articles = (0..<300).map { index in
            Article(
                title: "Tide table \(index)", paragraphs: ["High water at dawn, number \(index)."],
                source: index % 30 == 0 ? "https://rare.example.org/\(index)" : "https://common.example.org/\(index)",
                publishedAt: ArticleFilterTests.day(index < 60 ? 1 : 3, 10))
        }
        _ = try archive.insert(articles, analyse: { _ in Annotations() })
        let filter = try ArticleFilter(parsing: expression)
        let expected = try archive.summaries(matching: filter, order: .newest).map(\.id)
        func page(_ direction: SummaryDirection, _ id: Int64?) throws -> [Int64] {
            try archive.summaries(direction, than: id, limit: 10, filter: filter, order: .newest, nearby: 40).map(\.id)
        }
        // When the list pages down newest first, then up from the oldest
        var down: [Int64] = []
        var ids = try page(.older, nil)
        while !ids.isEmpty {
            down += ids
            ids = try page(.older, ids.last)
        }
        var up: [Int64] = []
        ids = try page(.newer, nil)
        while !ids.isEmpty {
            up = ids + up
            ids = try page(.newer, ids.first)
        }
        // Then both hold every article the filter keeps, in order
        #expect(down == expected)
        #expect(up == expected)
        #expect(try archive.count(matching: filter) == expected.count)
    }

    /// The ids of the articles not in `unread_article`, read from the table itself.
    static func readIDs(_ archive: Archive) throws -> [Int64] {
        try archive.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT id FROM article WHERE id NOT IN (SELECT article_id FROM unread_article) ORDER BY id")
        }
    }

    @Test("unread_article follows imports, every way of marking read and unread, and a removed article put back")
    func readFlag() throws {
        // Given the four articles, 2 and 4 read
        let archive = try ArticleFilterTests.archive()
        #expect(try Self.readIDs(archive) == [2, 4])
        // When one is marked unread, another read, and the scroll position of a read one moves
        try archive.setRead(articleID: 4, false)
        try archive.markRead(ids: [1])
        try archive.setScrollOffset(articleID: 2, 40)
        #expect(try Self.readIDs(archive) == [1, 2])
        // When everything a filter keeps is marked read, then unread
        #expect(try archive.markRead(matching: try ArticleFilter(parsing: "tag:ferries")) == 2)
        #expect(try Self.readIDs(archive) == [1, 2, 4])
        try archive.markRead(matching: ArticleFilter(), read: false)
        #expect(try Self.readIDs(archive).isEmpty)
        // When a read article is removed and put back, it is read again under its new id
        try archive.setRead(articleID: 3, true)
        let removed = try archive.removeKeeping(id: 3)
        let restored = try archive.restore(removed)
        #expect(try Self.readIDs(archive) == [restored])
        #expect(try archive.summary(id: restored).read)
        #expect(try archive.summaries(limit: 10, filter: try ArticleFilter(parsing: "unread")).map(\.id) == [4, 2, 1])
        // And a new article comes in unread; the removed one left no row behind
        _ = try archive.insert([Article(title: "Buoy moved", paragraphs: ["The red buoy moved east."])])
        let unreadRows = try archive.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM unread_article") }
        #expect(unreadRows == 4)
        #expect(try archive.unreadCount() == 4)
        // An unread article with a reading position, removed and put back, is unread once
        try archive.setScrollOffset(articleID: 4, 12)
        let again = try archive.restore(try archive.removeKeeping(id: 4))
        #expect(try !archive.summary(id: again).read)
        #expect(try Self.readIDs(archive) == [restored])
        #expect(try archive.unreadCount() == 4)
        // A batch of imports comes in unread, duplicates adding nothing
        _ = try archive.insert((0..<5).map { Article(title: "Tide \($0)", paragraphs: ["Tide table \($0)."]) })
        _ = try archive.insert([Article(title: "Buoy moved", paragraphs: ["The red buoy moved east."])])
        #expect(try archive.unreadCount() == 9)
        #expect(try Self.readIDs(archive) == [restored])
    }

    @Test("migration v12 lists as unread the articles an archive had not marked read")
    func migration() throws {
        let queue = try DatabaseQueue(configuration: Archive.configuration())
        try ArchiveSchema.migrator.migrate(queue, upTo: "v11-article-tags")
        try queue.write { db in
            for index in 1...3 {
                try db.execute(
                    sql: """
                        INSERT INTO article (title, body, content_hash, imported_at, word_count, quote_count,
                            analysis_version)
                        VALUES (?, 'Body.', ?, '2026-01-01 00:00:00.000', 1, 0, 5)
                        """,
                    arguments: ["Pier \(index)", "hash\(index)"])
            }
            try db.execute(
                sql: """
                    INSERT INTO reading_state (article_id, read, scroll_offset, updated_at)
                    VALUES (1, 1, 0, '2026-01-02 00:00:00.000'), (2, 0, 30, '2026-01-02 00:00:00.000')
                    """)
        }
        try ArchiveSchema.migrator.migrate(queue)
        let unread = try queue.read { db in
            try Int64.fetchAll(db, sql: "SELECT article_id FROM unread_article ORDER BY article_id")
        }
        #expect(unread == [2, 3])
    }
}
