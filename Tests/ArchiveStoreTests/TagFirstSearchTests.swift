import ArticleAnalysis
import GRDB
import GRDBSQLite
import Testing

@testable import ArchiveStore

/// A search narrowed by a rare tag may look the tag's articles up in the full-text index
/// instead of walking the query's matches (`SearchPlan`): the same articles, order and scores.
@Suite("Search under a rare tag, tag first")
struct TagFirstSearchTests {
    /// 40 articles, oldest first: nearly all say "said", every fifth speaks of the harbour,
    /// every seventh quotes "according to" officials; a glacier in two, a ferry in one. Tagged
    /// `rare`: six of them, one of which says nothing of the kind, none of the ferry; `other`
    /// on two of those; one of them unread.
    static func archive() throws -> Archive {
        let archive = try Archive.inMemory()
        let articles = (0..<40).map { index in
            var sentences: [String] = []
            if index % 13 != 6 { sentences.append("The mayor said the plan was ready.") }
            if index % 5 == 0 { sentences.append("The harbour master said the harbour stays open, said he.") }
            if index % 7 == 0 { sentences.append("According to officials, the harbour fees rose, according to them.") }
            if index == 8 || index == 33 { sentences.append("The glacier retreated.") }
            if index == 20 { sentences.append("The ferry was late.") }
            if index == 32 { sentences = ["Nothing to report today at all."] }
            let title = index % 9 == 0 ? "Harbour news \(index)" : "Note \(index)"
            return Article(title: title, paragraphs: sentences, source: "https://example.org/\(index)")
        }
        _ = try archive.insert(articles)
        try archive.changeTags(ids: [3, 9, 16, 33, 35, 36], adding: ["rare"], removing: [])
        try archive.changeTags(ids: [9, 35], adding: ["other"], removing: [])
        try archive.markRead(ids: Array(1...40).filter { $0 != 35 })
        return archive
    }

    static let queries = [
        "said", "harbour", "glacier", "\"according to\"", "said harbour", "ferry", "harb*", "zebra", "said OR glacier",
        "\"according to\" said", "said NOT glacier",
    ]
    static let filters = [
        "tag:rare", "tag:rare tag:other", "tag:rare unread", "tag:rare source:example", "tag:nothing",
    ]

    /// The ids of a search, its plan forced: tag first (`lookUpCost` 0) or matches first.
    static func ids(
        _ archive: Archive, _ query: String, _ filter: ArticleFilter, tagFirst: Bool, candidates: Int = 1_000,
        limit: Int = 50, offset: Int = 0
    ) throws -> [Int64] {
        try archive.search(
            query, limit: limit, offset: offset, filter: filter, rankedCandidates: candidates,
            tagLookUpCost: tagFirst ? 0 : .infinity
        ).map(\.summary.id)
    }

    /// The plan and the ranked candidates (id and score, in rank order) of `query` under `filter`.
    static func scored(_ archive: Archive, _ query: String, _ filter: ArticleFilter, lookUpCost: Double) throws
        -> (SearchPlan, [Row])
    {
        try archive.read { db in
            let match = try #require(Archive.match(query, in: db))
            let source = try Archive.matchSource(
                match, query: query, filter: filter, in: db, tagLookUpCost: lookUpCost, wanted: 1_000)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, score FROM (
                        SELECT \(source.key) AS id, \(match.rank) AS score \(source.from)
                        ORDER BY \(source.key) DESC LIMIT 1000)
                    ORDER BY score, id DESC
                    """, arguments: StatementArguments(match.rankArguments) + source.arguments)
            return (source.plan, rows)
        }
    }

    @Test("both plans find the same articles in the same order, page by page", arguments: filters)
    func sameResults(expression: String) throws {
        let archive = try Self.archive()
        let filter = try ArticleFilter(parsing: expression)
        for query in Self.queries {
            let walked = try Self.ids(archive, query, filter, tagFirst: false)
            let lookedUp = try Self.ids(archive, query, filter, tagFirst: true)
            #expect(lookedUp == walked, "\(query) under \(expression)")
            // The filter keeps what it keeps in the unfiltered search.
            let kept = Set(try archive.summaries(limit: 100, filter: filter).map(\.id))
            let all = try Self.ids(archive, query, ArticleFilter(), tagFirst: false)
            #expect(walked == all.filter(kept.contains), "\(query) under \(expression)")
            // Fewer candidates than matches: the ranked ones, then the older ones newest first.
            for offset in [0, 1, 2, 3] {
                #expect(
                    try Self.ids(archive, query, filter, tagFirst: true, candidates: 2, limit: 2, offset: offset)
                        == Self.ids(archive, query, filter, tagFirst: false, candidates: 2, limit: 2, offset: offset),
                    "\(query) under \(expression), page at \(offset)")
            }
            #expect(
                try archive.searchCount(query, filter: filter, limit: 3, tagLookUpCost: 0)
                    == archive.searchCount(query, filter: filter, limit: 3, tagLookUpCost: .infinity))
            #expect(
                try archive.searchCount(query, filter: filter, limit: .max, tagLookUpCost: 0) == walked.count)
        }
        #expect(try !Self.ids(archive, "said", filter, tagFirst: true).isEmpty || expression == "tag:nothing")
    }

    @Test(
        "the ranked candidates have the same scores either way",
        arguments: ["said", "harbour", "glacier", "\"according to\"", "said harbour", "ferry"])
    func sameScores(query: String) throws {
        let archive = try Self.archive()
        let filter = try ArticleFilter(parsing: "tag:rare")
        let (walkedPlan, walked) = try Self.scored(archive, query, filter, lookUpCost: .infinity)
        let (lookedUpPlan, lookedUp) = try Self.scored(archive, query, filter, lookUpCost: 0)
        #expect(walkedPlan == .matchesFirst)
        #expect(lookedUpPlan == .tagFirst(tag: "rare"))
        #expect(walked.map { $0[0] as Int64 } == lookedUp.map { $0[0] as Int64 })
        #expect(walked.map { $0[1] as Double } == lookedUp.map { $0[1] as Double })
        #expect(!walked.isEmpty || query == "ferry", "the ferry is in no tagged article")
    }

    @Test(
        "queries whose rank counts across the archive, prefixes and OR are always walked",
        arguments: ["harb*", "said OR glacier", "\"according to\" said", "said NOT glacier", "grêle"])
    func walkedOnly(query: String) throws {
        let archive = try Self.archive()
        let (plan, _) = try Self.scored(archive, query, try ArticleFilter(parsing: "tag:rare"), lookUpCost: 0)
        #expect(plan == .matchesFirst)
    }

    @Test("a tag on more articles than are listed is never walked first")
    func listedOnly() throws {
        let archive = try Self.archive()
        let plan = try archive.read { db in
            try Archive.matchSource(
                #require(Archive.match("said", in: db)), query: "said", filter: ArticleFilter(parsing: "tag:rare"),
                in: db, listedTagArticles: 2, tagLookUpCost: 0, wanted: 1_000
            ).plan
        }
        #expect(plan == .matchesFirst)
    }

    @Test("the choice follows what each plan reads")
    func choice() {
        // The million-article benchmark: `said` (847,338 articles) and `"according to"` (its rarer
        // word in 389,535) under a tag on 1,000 articles are looked up; `ferry` (72,906) and
        // `glacier` (91,966) walked.
        for (matches, tagFirst) in [(847_338, true), (389_535, true), (72_906, false), (91_966, false)] {
            #expect(
                SearchPlan.prefersTag(
                    tagArticles: 1_000, matchArticles: matches, articles: 1_000_000, wanted: 1_000) == tagFirst)
        }
        // A tag on 5,000: the walk finds 1,000 tagged matches after about 200,000 of `said`.
        #expect(
            !SearchPlan.prefersTag(tagArticles: 5_000, matchArticles: 847_338, articles: 1_000_000, wanted: 1_000))
        // The benchmark at 100,000 articles: a tag on 100, `said` in 84,000, `ferry` in 7,300.
        #expect(SearchPlan.prefersTag(tagArticles: 100, matchArticles: 84_000, articles: 100_000, wanted: 1_000))
        #expect(!SearchPlan.prefersTag(tagArticles: 100, matchArticles: 7_300, articles: 100_000, wanted: 1_000))
        // A tag on no article has nothing to look up; a word in no article nothing to walk.
        #expect(SearchPlan.prefersTag(tagArticles: 0, matchArticles: 10, articles: 100, wanted: 1_000))
        #expect(!SearchPlan.prefersTag(tagArticles: 10, matchArticles: 0, articles: 100, wanted: 1_000))
    }

    @Test("the estimate is the rarest word's article count, for words and phrases of ASCII alone")
    func estimate() throws {
        let archive = try Self.archive()
        try archive.read { db in
            let said = try #require(try SearchPlan.matchEstimate(of: "said", in: db))
            #expect(said.phrases == 1 && said.articles >= 35)
            let glacier = try #require(try SearchPlan.matchEstimate(of: "said \"the glacier\" mayor.", in: db))
            #expect(glacier.articles == 2 && glacier.phrases == 3)
            for query in ["harb*", "said OR glacier", "said NOT glacier", "grêle", "zebra", "& ;"] {
                #expect(try SearchPlan.matchEstimate(of: query, in: db) == nil, "\(query)")
            }
        }
    }

    @Test("the look-ups walk the tag's index newest first, unsorted, each article looked up by id")
    func queryPlan() throws {
        let archive = try Self.archive()
        let details = try archive.read { db in
            let match = try #require(Archive.match("said", in: db))
            let source = try Archive.matchSource(
                match, query: "said", filter: ArticleFilter(parsing: "tag:rare unread"), in: db, tagLookUpCost: 0,
                wanted: 1_000)
            #expect(source.plan == .tagFirst(tag: "rare"))
            return try Row.fetchAll(
                db,
                sql: """
                    EXPLAIN QUERY PLAN SELECT \(source.key) AS id, \(match.rank) AS score \(source.from)
                    ORDER BY \(source.key) DESC LIMIT 1000
                    """, arguments: StatementArguments(match.rankArguments) + source.arguments
            ).map { $0["detail"] as String }
        }
        #expect(details.first == "SEARCH t USING COVERING INDEX article_tag_on_tag (tag=?)", "\(details)")
        #expect(details.contains { $0.hasPrefix("SCAN article_fts VIRTUAL TABLE INDEX 0:=M") }, "\(details)")
        #expect(!details.contains { $0.contains("TEMP B-TREE") }, "\(details)")
    }

    /// The calls of SQLite's progress handler (about one per loop step of its virtual machine)
    /// while `body` runs on the in-memory archive's one connection, the full-text index's own
    /// statements included.
    static func instructions(_ archive: Archive, _ body: () throws -> Void) throws -> Int {
        let counter = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        counter.initialize(to: 0)
        defer { counter.deallocate() }
        try archive.read { db in
            sqlite3_progress_handler(
                db.sqliteConnection, 1,
                { context in
                    context?.assumingMemoryBound(to: Int.self).pointee += 1
                    return 0
                }, counter)
        }
        defer { try? archive.read { db in sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil) } }
        try body()
        return counter.pointee
    }

    @Test("a common word under a tag on two of 600 articles reads the two, not the 600 matches")
    func readsTheTag() throws {
        let archive = try Archive.inMemory()
        _ = try archive.insert(
            (0..<600).map { Article(title: "Note \($0)", paragraphs: ["The mayor said item \($0) was ready."]) })
        try archive.changeTags(ids: [1, 2], adding: ["rare"], removing: [])
        let filter = try ArticleFilter(parsing: "tag:rare")
        var found: [Int64] = []
        let searched = try Self.instructions(archive) {
            found = try archive.search("said", filter: filter).map(\.summary.id)
        }
        let walked = try Self.instructions(archive) {
            _ = try Self.ids(archive, "said", filter, tagFirst: false)
        }
        #expect(Set(found) == [1, 2])
        // The walk takes tens of steps per match; the look-ups a few hundred per article.
        #expect(walked > 600 * 10)
        #expect(searched < walked / 4, "\(searched) instructions against \(walked) walked")
    }
}
