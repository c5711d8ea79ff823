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
        // The next transaction catches up with the finished checkpoint and starts the log again
        // from its beginning: the log then holds that one transaction, whatever the load (the
        // file's size is only its high-water mark, and how far it grew depends on timing).
        _ = try archive.insert([Article(title: "Tide table, last", paragraphs: ["High water at dusk."])])
        written += 1
        let fileSize = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        #expect(try archive.integrityCheck())
        #expect(try archive.searchCount("tide") == written)
        let other = try DatabaseQueue(path: path, configuration: Archive.configuration())
        let (logFrames, pageSize) = try other.writeWithoutTransaction { db in
            // Columns: busy, frames in the log, frames copied.
            let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
            let frames: Int = row?[1] ?? Int.max
            return (frames, try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
        }
        #expect(logFrames * pageSize < fileSize / 4, "log \(logFrames) frames, file \(fileSize) bytes")
        // Another connection sees every article.
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") } == written)
        try other.close()
    }
}
