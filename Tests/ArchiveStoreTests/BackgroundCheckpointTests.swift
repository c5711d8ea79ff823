import ArticleAnalysis
import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

/// Imports copy the log into the archive on a thread of their own (`BackgroundCheckpoint`).
@Suite("Checkpoints off the writing thread")
struct BackgroundCheckpointTests {
    static func log(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
    }

    @Test("every import is kept, the file stays sound, and the log starts again after each checkpoint")
    func importsWithCheckpoints() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        let archive = try Archive.open(path: path)
        let checkpoint = try #require(archive.checkpoint)
        checkpoint.logBytes = 256 * 1024
        var written = 0
        for batch in 0..<40 {
            let articles = (0..<20).map { index in
                Article(
                    title: "Tide table \(batch)-\(index)",
                    paragraphs: [
                        String(repeating: "High water at dawn, low water at noon. ", count: 40) + "\(batch) \(index)"
                    ])
            }
            _ = try archive.insert(articles)
            written += articles.count
            #expect(try archive.articleCount() == written)
        }
        checkpoint.wait()
        let logSize = Self.log(path)
        let fileSize = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        #expect(try archive.integrityCheck())
        #expect(try archive.searchCount("tide") == written)
        // Without the writer's catching up the log grew to four times the file; it stays a few
        // checkpoints' worth instead. Half the file was too tight a bound on a loaded machine
        // (tests in parallel), where the checkpointing thread runs late: 0.55 to 0.75 of it.
        #expect(logSize < fileSize, "log \(logSize), file \(fileSize)")
        // Another connection sees every article.
        let other = try DatabaseQueue(path: path, configuration: Archive.configuration())
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") } == written)
        try other.close()
    }
}
