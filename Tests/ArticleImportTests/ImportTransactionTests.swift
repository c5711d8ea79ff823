import ArchiveStore
import ArticleAnalysis
import ArticleImport
import Foundation
import TestSupport
import Testing

/// An import's transactions never wait for slow inputs, so another writer (the reader's
/// bookmark) gets in while an import runs.
@Suite("Import transactions stay short")
struct ImportTransactionTests {
    @Test("a bookmark gets in at once while an import waits for a slow input")
    func bookmarkDuringSlowImport() async throws {
        let server = try LocalHTTPServer(routes: ["/never": .silent])
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        let archive = try Archive.open(path: path)
        guard case .imported(let id) = try archive.insert([Article(title: "Keep", paragraphs: ["Read later."])])[0]
        else { throw ArchiveError.noSuchArticle(id: 0) }
        // A first chunk of inputs that is ready at once, then one that answers after seconds.
        let files = try (1...32).map { try directory.write("\($0).txt", text: "Ferry \($0)\nCrossing \($0) left.\n") }
        let importer = ArticleImporter(archive: archive, fetcher: ArticleFetcher(timeout: 4))
        let importing = Task.detached { importer.importFiles(files + [server.url("/never")]) }
        try await Task.sleep(for: .milliseconds(800))

        let reader = try Archive.open(path: path, access: .write)
        let started = ContinuousClock.now
        try reader.addBookmark(articleID: id)
        let waited = ContinuousClock.now - started

        let report = await importing.value
        #expect(waited < .seconds(2), "the bookmark waited \(waited)")
        #expect(report.imported.count == 32)
        #expect(report.failures.count == 1)
    }
}
