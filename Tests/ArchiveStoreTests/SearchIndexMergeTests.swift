import ArticleAnalysis
import Foundation
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

    /// Stores `count` articles of batch `batch` in one transaction, deferring the index's
    /// merges or not. Each has 200 words of its own: FTS5 merges as it writes index pages, in
    /// steps of 64.
    static func store(batch: Int, count: Int = 20, deferring: Bool, in archive: Archive) throws {
        try archive.writeArticles(deferringIndexMerges: deferring) { writer in
            for index in 0..<count {
                let words = (0..<200).map { "w\(batch)x\(index)y\($0)" }.joined(separator: " ")
                let article = Article(
                    title: "Quay report \(batch)-\(index)",
                    paragraphs: ["The harbour master said the quay \(batch) was closed.", words + "."])
                _ = try writer.insert(PreparedArticle(article, importedAt: Date(), analyse: QuoteAnalyzer.annotate))
            }
        }
    }

    /// FTS5's `automerge` option of `article_fts` as stored (absent while it is the default).
    static func automerge(in archive: Archive) throws -> Int? {
        try archive.read { db in
            try Int.fetchOne(db, sql: "SELECT v FROM article_fts_config WHERE k = 'automerge'")
        }
    }

    @Test("a bulk load's transactions leave their segments unmerged, and automatic merging on")
    func deferredMerges() throws {
        let merging = try Archive.inMemory()
        let deferring = try Archive.inMemory()
        for batch in 0..<12 {
            try Self.store(batch: batch, deferring: false, in: merging)
            try Self.store(batch: batch, deferring: true, in: deferring)
        }
        // Deferred, each transaction leaves its one segment; merging, FTS5 has begun merging
        // four of them into one (its output is a segment of its own until the inputs are
        // dropped) once 64 pages were written.
        #expect(try Self.segments("article_fts", in: deferring) == 12)
        #expect(try Self.segments("article_fts", in: merging) != 12)
        #expect(try Self.automerge(in: deferring) == ArticleWriter.automergeSegments)
        #expect(try deferring.searchCount("quay") == 240)
        #expect(try deferring.search("\"quay 5 was closed\"", limit: 50).count == 20)

        // Merges deferred are done at the end even when the articles stored are few.
        #expect(try deferring.mergeSearchIndexAfterImport(imported: 240, mergesDeferred: true))
        #expect(try Self.segments("article_fts", in: deferring) == 1)
        #expect(try deferring.searchCount("quay") == 240)
        #expect(try !deferring.mergeSearchIndexAfterImport(imported: 0, mergesDeferred: true))
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
