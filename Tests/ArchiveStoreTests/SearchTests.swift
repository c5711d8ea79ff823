import ArchiveStore
import ArticleAnalysis
import Testing

@Suite("Archive search")
struct SearchTests {
    static func archive() throws -> Archive {
        let archive = try Archive.inMemory()
        _ = try archive.insert([
            Article(
                title: "Harbour cranes return", bylines: ["Jane Doe"],
                paragraphs: ["Security advisers left the port. The cranes came back."]),
            Article(
                title: "Council budget", bylines: ["John Roe"],
                paragraphs: ["The advisers said security was costly.", "Mayor Núñez agreed."]),
            Article(title: "Security advisers recalled", paragraphs: ["Advisers flew home on Tuesday."]),
        ])
        return archive
    }

    @Test("a word in the title ranks above the same word in the body")
    func ranking() throws {
        let results = try Self.archive().search("advisers")
        #expect(results.map(\.summary.title).first == "Security advisers recalled")
        #expect(results.count == 3)
    }

    @Test("a sort order replaces the ranking; the filter, limit and offset still apply")
    func sorted() throws {
        let archive = try Self.archive()
        #expect(
            try archive.search("advisers", order: .title).map(\.summary.title) == [
                "Council budget", "Harbour cranes return", "Security advisers recalled",
            ])
        #expect(
            try archive.search("advisers", order: .oldest).map(\.summary.title) == [
                "Harbour cranes return", "Council budget", "Security advisers recalled",
            ])
        #expect(
            try archive.search("advisers", limit: 1, offset: 1, order: .title).map(\.summary.title) == [
                "Harbour cranes return"
            ])
        let results = try archive.search("advisers", filter: ArticleFilter(source: "nowhere"), order: .newest)
        #expect(results.isEmpty)
        #expect(try archive.search("cranes", order: .newest).first?.snippet.contains("cranes") == true)
    }

    @Test("phrases match words in order only")
    func phrase() throws {
        let archive = try Self.archive()
        #expect(
            try archive.search("\"security advisers\"").map(\.summary.title).sorted() == [
                "Harbour cranes return", "Security advisers recalled",
            ])
        #expect(try archive.search("\"advisers security\"").isEmpty)
    }

    @Test("prefix queries, byline matches and diacritics")
    func prefixBylineDiacritics() throws {
        let archive = try Self.archive()
        #expect(try archive.search("cran*").map(\.summary.title) == ["Harbour cranes return"])
        #expect(try archive.search("roe").map(\.summary.title) == ["Council budget"])
        #expect(try archive.search("nunez").map(\.summary.title) == ["Council budget"])
    }

    @Test("a snippet marks the matched word")
    func snippet() throws {
        let result = try #require(try Self.archive().search("cranes").first)
        let scalars = Array(result.snippet.unicodeScalars)
        let marked = result.highlights.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(marked.allSatisfy { $0.lowercased() == "cranes" })
        #expect(!marked.isEmpty)
    }

    @Test(
        "malformed syntax never reaches SQLite as an error",
        arguments: ["\"unbalanced", "AND", "OR advisers", "advisers NOT", "*", "NEAR(", "a:b", "((", "^x", "\"\"", "-"])
    func malformed(query: String) throws {
        let archive = try Self.archive()
        _ = try archive.search(query)
        _ = try archive.searchCount(query)
    }

    @Test("a count with a limit stops there")
    func countUpToLimit() throws {
        let archive = try Self.archive()
        #expect(try archive.searchCount("cranes OR tuesday", limit: 1) == 1)
        #expect(try archive.searchCount("cranes OR tuesday", limit: 3) == 2)
        #expect(try archive.searchCount("cranes", limit: 0) == 0)
    }

    @Test("OR and NOT between terms")
    func operators() throws {
        let archive = try Self.archive()
        #expect(try archive.searchCount("cranes OR tuesday") == 2)
        #expect(try archive.searchCount("advisers NOT security") == 0)
        #expect(try archive.searchCount("advisers NOT cranes") == 2)
    }

    @Test("queries with nothing to search find nothing")
    func empty() throws {
        #expect(FTSQuery.build("  ") == nil)
        #expect(FTSQuery.build("AND OR") == nil)
        #expect(FTSQuery.build("\"unbalanced phrase") == "\"unbalanced phrase\"")
        #expect(try Self.archive().search("!!!").isEmpty)
    }
}
