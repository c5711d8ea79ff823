import ArticleAnalysis
import GRDB
import Testing

@testable import ArchiveStore

@Suite("Relevance rank (bm25's order without counting a lone phrase)")
struct RelevanceRankTests {
    /// Articles that mention the ferry and its timetable in title, byline and body, more or
    /// less often and in longer or shorter text.
    static func archive() throws -> Archive {
        let archive = try Archive.inMemory()
        let articles = [
            Article(title: "Ferry timetable changes", paragraphs: ["The ferry timetable changes on Monday."]),
            Article(title: "Harbour news", paragraphs: ["A new ferry timetable was printed, the ferry timetable."]),
            Article(
                title: "Long report",
                paragraphs: [
                    "Council members met for hours to discuss roads, schools, parks and the budget.",
                    "Near the end someone mentioned the ferry timetable once.",
                ]),
            Article(
                title: "Timetable", bylines: ["By Ferry Correspondent"], paragraphs: ["The timetable of the ferry."]),
            Article(title: "Weather", paragraphs: ["Rain all week; the ferry ran late but the timetable held."]),
            Article(title: "Ferry", paragraphs: ["Ferry, ferry, ferry: the timetable is unchanged."]),
        ]
        _ = try archive.insert(articles)
        return archive
    }

    /// Row ids of `query`'s matches ordered by `expression`, best first, ties newest first.
    static func order(_ archive: Archive, _ query: String, by expression: String) throws -> [Int64] {
        try archive.read { db in
            try Int64.fetchAll(
                db,
                sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY \(expression), rowid DESC",
                arguments: [query])
        }
    }

    @Test(
        "orders matches as bm25 does, for a word, a phrase and several terms",
        arguments: ["ferry", "\"ferry timetable\"", "ferry timetable", "\"ferry timetable\" monday OR rain"])
    func sameOrderAsBM25(query: String) throws {
        let archive = try Self.archive()
        let expected = try Self.order(archive, query, by: "bm25(article_fts, 10.0, 5.0, 1.0)")
        #expect(expected.count >= 2)
        #expect(try Self.order(archive, query, by: "dateline_rank(article_fts, 10.0, 5.0, 1.0)") == expected)
    }

    @Test("with several phrases the scores are bm25's")
    func sameScoresForSeveralPhrases() throws {
        let archive = try Self.archive()
        let scores = try archive.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT bm25(article_fts, 10.0, 5.0, 1.0), dateline_rank(article_fts, 10.0, 5.0, 1.0)
                    FROM article_fts WHERE article_fts MATCH 'ferry timetable'
                    """)
        }
        #expect(!scores.isEmpty)
        for row in scores {
            let (bm25, rank): (Double, Double) = (row[0], row[1])
            #expect(abs(bm25 - rank) < 1e-9)
        }
    }

    @Test("the words' article counts from the copy give bm25's scores without counting the words")
    func countsFromTheCopy() throws {
        let archive = try Self.archive()
        let rows = try archive.read { db in
            let counts = try SearchTerms.articleCounts(ofPhrasesIn: "\"ferry\" \"Timetable\"", in: db)
            #expect(counts == [6, 6])
            #expect(try SearchTerms.articleCounts(ofPhrasesIn: "\"ferry timetable\" \"rain\"", in: db) == nil)
            #expect(try SearchTerms.articleCounts(ofPhrasesIn: "\"ferry\" \"tim\"*", in: db) == nil)
            #expect(try SearchTerms.articleCounts(ofPhrasesIn: "\"ferry\" OR \"rain\"", in: db) == [6, 1])
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT bm25(article_fts, 10.0, 5.0, 1.0), dateline_rank(article_fts, 10.0, 5.0, 1.0, 6, 1)
                    FROM article_fts WHERE article_fts MATCH '"ferry" OR "rain"'
                    """)
        }
        #expect(rows.count == 6)
        for row in rows {
            let (bm25, rank): (Double, Double) = (row[0], row[1])
            #expect(abs(bm25 - rank) < 1e-9)
        }
    }
}
