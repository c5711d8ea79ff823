import ArticleAnalysis
import GRDB
import Testing

@testable import ArchiveStore

/// After a bulk import the full-text indexes are merged into one segment each
/// (`Archive.mergeSearchIndexAfterImport`), and searches answer as before.
@Suite("Search index merged after a bulk import")
struct SearchIndexMergeTests {
    /// Segments of `table`'s index that hold terms.
    static func segments(_ table: String, in archive: Archive) throws -> Int {
        try archive.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM \(table)_idx") ?? 0 }
    }

    static let queries = ["said", "harbour", "\"said the plan\"", "harb*", "glacier OR ferry", "港", "フェリー"]

    @Test("a bulk load is ten thousand new articles and a quarter of the archive or more")
    func bulkImport() {
        #expect(Archive.isBulkImport(imported: 10_000, total: 10_000))
        #expect(Archive.isBulkImport(imported: 10_000, total: 40_000))
        #expect(!Archive.isBulkImport(imported: 10_000, total: 40_001))
        #expect(!Archive.isBulkImport(imported: 9_999, total: 9_999))
        #expect(!Archive.isBulkImport(imported: 0, total: 0))
    }

    @Test("merging leaves one segment per index and the same search results")
    func merge() throws {
        let archive = try Archive.inMemory()
        // Three transactions, three segments of each index (FTS5 merges at four).
        for batch in 0..<3 {
            let articles = (0..<20).map { index in
                Article(
                    title: "Harbour note \(batch)-\(index)",
                    paragraphs: [
                        "The mayor said the plan was ready.",
                        index % 4 == 0 ? "A glacier retreated." : "A ferry sailed.",
                        index % 3 == 0 ? "白波港のフェリーは運休した。" : "Nothing else.",
                    ])
            }
            _ = try archive.insert(articles)
        }
        #expect(try Self.segments("article_fts", in: archive) == 3)
        #expect(try Self.segments("article_grams", in: archive) == 3)
        let before = try Self.queries.map { try archive.search($0, limit: 100) }
        #expect(before.allSatisfy { !$0.isEmpty })

        // Sixty articles are no bulk load: nothing is merged.
        #expect(try !archive.mergeSearchIndexAfterImport(imported: 60))
        #expect(try Self.segments("article_fts", in: archive) == 3)

        try archive.mergeSearchIndex()
        #expect(try Self.segments("article_fts", in: archive) == 1)
        #expect(try Self.segments("article_grams", in: archive) == 1)
        #expect(try Self.queries.map { try archive.search($0, limit: 100) } == before)
        #expect(try archive.searchCount("said") == 60)
    }
}
