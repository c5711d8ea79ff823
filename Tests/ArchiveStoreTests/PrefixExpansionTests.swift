import ArticleAnalysis
import GRDB
import Testing

@testable import ArchiveStore

@Suite("Prefix search through the archive's words (SearchTerms)")
struct PrefixExpansionTests {
    /// Articles with words that begin with `har`, some in many articles, some in one, in title
    /// and body, more or less often.
    static func archive() throws -> Archive {
        let archive = try Archive.inMemory()
        _ = try archive.insert([
            Article(title: "Harbour reopens", paragraphs: ["The harbour opened; the harbour master was glad."]),
            Article(title: "Harvest", paragraphs: ["A hard harvest in the harbour towns.", "Harsh frost."]),
            Article(title: "Weather", paragraphs: ["Hardly any rain. The harbour ferry ran."]),
            Article(title: "Ferry news", paragraphs: ["The ferry left the harbour late; harbour fees rose."]),
            Article(title: "Council", paragraphs: ["Nothing about the sea at all."]),
            Article(title: "Harmony choir", paragraphs: ["The choir sang of harmony and the harvest."]),
        ])
        return archive
    }

    /// The ids of the first page of `query`, its prefixes expanded (`expanded`) or exact.
    static func ids(_ archive: Archive, _ query: String, expanded: Bool) throws -> [Int64] {
        try archive.search(
            query, limit: 50, offset: 0, rankedCandidates: Archive.rankedCandidates,
            exactPrefixArticles: expanded ? 0 : .max
        ).map(\.summary.id)
    }

    @Test("a prefix stands for its words, most articles first, and only plain letters are expanded")
    func expansion() throws {
        let archive = try Self.archive()
        try archive.read { db in
            let words = try SearchTerms.expansion(of: "Har", in: db, exactBelow: 0)
            #expect(words?.first == "harbour")
            #expect(Set(words ?? []) == ["harbour", "harvest", "hard", "harsh", "hardly", "harmony"])
            #expect(try SearchTerms.expansion(of: "har", in: db) == nil, "few articles: the exact query")
            #expect(try SearchTerms.expansion(of: "hañ", in: db, exactBelow: 0) == nil)
            #expect(try SearchTerms.expansion(of: "xyz", in: db, exactBelow: 0) == nil)
        }
    }

    @Test(
        "the expanded prefix finds the exact prefix query's articles in the same order",
        arguments: ["har*", "Harb*", "har* ferry", "ferry OR harv*", "choir NOT har*", "h*"])
    func sameResults(query: String) throws {
        let archive = try Self.archive()
        let exact = try Self.ids(archive, query, expanded: false)
        let expanded = try Self.ids(archive, query, expanded: true)
        #expect(!exact.isEmpty || query.hasPrefix("choir"))
        if query.contains(" ") {
            // Several phrases: each word is weighed by its own rarity instead of the prefix's.
            #expect(Set(expanded) == Set(exact))
        } else {
            #expect(expanded == exact)
        }
    }

    @Test("a prefix of more words than the limit stands for the most frequent ones")
    func limit() throws {
        let archive = try Archive.inMemory()
        let rare = (0..<40).map { Article(title: "Note \($0)", paragraphs: ["word pre\($0)x only"]) }
        let common = (0..<3).map { Article(title: "Common \($0)", paragraphs: ["prefrequent everywhere"]) }
        _ = try archive.insert(rare + common)
        try archive.read { db in
            let words = try SearchTerms.expansion(of: "pre", in: db, exactBelow: 0) ?? []
            #expect(words.count == SearchTerms.expansionLimit)
            #expect(words.first == "prefrequent")
        }
        let found = try archive.search(
            "pre*", limit: 100, offset: 0, rankedCandidates: Archive.rankedCandidates, exactPrefixArticles: 0)
        #expect(found.count == SearchTerms.expansionLimit + 2)
    }

    /// `search_term` and the full-text index's own vocabulary (`fts5vocab`), term by term.
    static func vocabularies(_ archive: Archive) throws -> (kept: [String: Int], index: [String: Int]) {
        try archive.read { db in
            let kept = try Row.fetchAll(db, sql: "SELECT term, docs FROM search_term")
            let index = try Row.fetchAll(db, sql: "SELECT term, doc FROM article_fts_terms")
            return (
                Dictionary(uniqueKeysWithValues: kept.map { ($0[0], $0[1]) }),
                Dictionary(uniqueKeysWithValues: index.map { ($0[0], $0[1]) })
            )
        }
    }

    /// Articles whose words FTS5 folds, cuts and splits in every way it does: case,
    /// diacritics, other scripts, curly quotes, digits, a word in several columns, no byline,
    /// a token longer than FTS5 keeps.
    static let varied = [
        Article(title: "Café Ñandú", bylines: ["By Zoë Ångström"], paragraphs: ["Das Café „Über“ öffnet. CAFE cafe."]),
        Article(title: "Москва", paragraphs: ["«Мэр», сказал он. Ёлка 2026 — x²"]),
        Article(title: "港のフェリー", paragraphs: ["白波港のフェリーは「運休」した。", "ferry 42"]),
        Article(
            title: "Quotes", bylines: ["Ana Ruiz"],
            paragraphs: ["“We’re done,” she said — it’s 3.5% off; e-mail co-op."]),
        Article(title: "Harbour", paragraphs: ["harbour " + String(repeating: "a", count: 40_000) + " end"]),
        Article(title: "Plain", paragraphs: ["the harbour and the ferry"]),
    ]

    @Test("the words are kept by every import and removal, equal to the index's vocabulary")
    func keptLikeTheIndex() throws {
        let archive = try Archive.inMemory()
        _ = try archive.insert(Self.varied)
        var (kept, index) = try Self.vocabularies(archive)
        #expect(!kept.isEmpty)
        #expect(kept == index)
        #expect(kept["cafe"] == 1 && kept["harbour"] == 2 && kept["ferry"] == 2)

        // A duplicate adds nothing; new words are found by their prefix at once.
        _ = try archive.insert([Self.varied[5], Article(title: "Zebra", paragraphs: ["zebras crossed"])])
        (kept, index) = try Self.vocabularies(archive)
        #expect(kept == index)
        let words = try archive.read { db in try SearchTerms.expansion(of: "zeb", in: db, exactBelow: 0) }
        #expect(words == ["zebra", "zebras"])

        // Removing takes an article's words out, and a word no article holds goes.
        let ids = try archive.summaries(limit: 50).map(\.id)
        let removed = try archive.removeKeeping(id: ids[0])
        try archive.remove(ids: [ids[1], ids[2]])
        (kept, index) = try Self.vocabularies(archive)
        #expect(kept == index)
        #expect(kept["zebra"] == nil)
        _ = try archive.restore(removed)
        try archive.reanalyze(all: true)
        (kept, index) = try Self.vocabularies(archive)
        #expect(kept == index)
        #expect(kept["zebra"] == 1)
        #expect(try Self.isCurrent(archive))
    }

    static func isCurrent(_ archive: Archive) throws -> Bool {
        try archive.read { db in try SearchTerms.isCurrent(db) }
    }

    @Test("an archive whose words were copied before later imports has them copied again by its next import")
    func staleCopy() throws {
        let archive = try Archive.inMemory()
        _ = try archive.insert(Array(Self.varied.prefix(3)))
        // As an earlier version left it: the copy describes fewer articles than there are.
        try archive.write { db in
            try db.execute(sql: "DELETE FROM search_term WHERE term = 'cafe'")
            try db.execute(sql: "UPDATE archive_stats SET search_term_articles = 1")
        }
        #expect(try !Self.isCurrent(archive))
        // A removal leaves such a copy as it is.
        try archive.remove(ids: [try archive.summaries(limit: 1)[0].id])
        var (kept, index) = try Self.vocabularies(archive)
        #expect(kept != index)
        _ = try archive.insert(Array(Self.varied.suffix(3)))
        (kept, index) = try Self.vocabularies(archive)
        #expect(kept == index)
        #expect(try Self.isCurrent(archive))

        // A text edited by another tool makes the copy stale until the next import.
        try archive.write { db in
            try db.execute(sql: "UPDATE article SET body = 'zeppelins only' WHERE id = (SELECT max(id) FROM article)")
        }
        #expect(try !Self.isCurrent(archive))
        _ = try archive.insert([Article(title: "After", paragraphs: ["the edit"])])
        (kept, index) = try Self.vocabularies(archive)
        #expect(kept == index)
        #expect(kept["zeppelins"] == 1)
        #expect(try Self.isCurrent(archive))
    }
}
