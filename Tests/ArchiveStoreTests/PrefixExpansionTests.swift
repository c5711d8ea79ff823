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

    @Test("the words are copied again when the archive has grown by a quarter")
    func refresh() throws {
        let archive = try Archive.inMemory()
        _ = try archive.insert((0..<8).map { Article(title: "Story \($0)", paragraphs: ["harbour"]) })
        _ = try archive.insert([Article(title: "Zebra", paragraphs: ["zebras crossed"])])
        let before = try archive.read { db in try SearchTerms.expansion(of: "zeb", in: db, exactBelow: 0) }
        #expect(before == nil, "9 articles after 8: not yet")
        #expect(try Self.ids(archive, "zeb*", expanded: false).count == 1, "the exact query finds it at once")
        _ = try archive.insert([
            Article(title: "Another", paragraphs: ["zebu"]), Article(title: "Last", paragraphs: ["nothing"]),
        ])
        let after = try archive.read { db in try SearchTerms.expansion(of: "zeb", in: db, exactBelow: 0) }
        #expect(after == ["zebra", "zebras", "zebu"])
    }
}
