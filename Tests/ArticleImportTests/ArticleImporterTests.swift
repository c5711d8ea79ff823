import ArchiveStore
import ArticleAnalysis
import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArticleImport

@Suite("Importing files")
struct ArticleImporterTests {
    @Test("fixture files import with their titles and bylines, once")
    func fixtures() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let names = ["seed-like.txt", "byline-first.txt", "byline-two.txt", "no-byline.txt"]
        let paths = try names.map { try directory.write($0, Fixtures.bytes($0)) }
        let archive = try Archive.inMemory()
        let importer = ArticleImporter(archive: archive)
        let report = importer.importFiles(paths)
        #expect(report.imported.count == 4)
        #expect(report.failures.isEmpty)
        let bylines = try report.imported.map { try archive.article(id: $0).byline }
        #expect(bylines == ["Petra Lindqvist", "Oskar Brandt", "Ana Pires and Tom Reyes", nil])
        let again = importer.importFiles(paths)
        #expect(again.imported.isEmpty)
        #expect(again.duplicates == report.imported)
    }

    @Test("each bad input fails with its reason and leaves the archive as it was")
    func badInputs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let good = try directory.write("good.txt", Fixtures.bytes("no-byline.txt"))
        let empty = try directory.write("empty.txt", [])
        let binary = try directory.write("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2])
        let latin1 = try directory.write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array("\nBody\n".utf8))
        let unreadable = try directory.write("secret.txt", text: "Title\nBody\n")
        chmod(unreadable, 0)
        let archive = try Archive.inMemory()
        let importer = ArticleImporter(archive: archive)
        _ = importer.importFiles([good])
        let report = importer.importFiles([empty, binary, latin1, directory.url.path, directory.path("missing.txt")])
        #expect(report.failures.map(\.error) == [.input(.empty), .input(.binary), .isDirectory, .noSuchFile])
        // Text that is not UTF-8 is read in the encoding the detector finds, and the report says which.
        #expect(report.assumedEncodings.map(\.input) == [latin1])
        if getuid() != 0 {
            #expect(importer.importFiles([unreadable]).failures.count == 1)
        }
        #expect(try archive.articleCount() == 2)
        #expect(try archive.integrityCheck())
    }

    @Test("when the archive refuses a batch, each of its inputs fails and nothing is half stored")
    func refusedBatch() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        let importer = ArticleImporter(archive: try Archive.open(path: path))
        let refusal = "CREATE TRIGGER refuse BEFORE INSERT ON article BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
        try DatabaseQueue(path: path).write { db in try db.execute(sql: refusal) }
        let documents = [
            (source: "one.txt", bytes: Array("Harbour opens\n\nThe quay opened.\n".utf8)),
            (source: "binary.txt", bytes: [0, 1, 2, 3]),
            (source: "two.txt", bytes: Array("Ferry runs\n\nThe ferry ran.\n".utf8)),
        ]
        let refused = importer.importDocuments(documents)
        #expect(refused.imported.isEmpty)
        #expect(refused.failures.map(\.input).sorted() == ["binary.txt", "one.txt", "two.txt"])
        #expect(refused.failures.first { $0.input == "binary.txt" }?.error == .input(.binary))
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "DROP TRIGGER refuse") }
        let archive = try Archive.open(path: path)
        #expect(try archive.articleCount() == 0)
        #expect(ArticleImporter(archive: archive).importDocuments(documents).imported.count == 2)
        #expect(try archive.articleCount() == 2)
    }

    @Test("documents handed over by index import in one run across batches, in order, named by their source")
    func documentsByIndex() throws {
        let archive = try Archive.inMemory()
        let count = ArticleImporter.batchSize + 3
        let binary = count - 2
        var seen: [(Int, Int)] = []
        let report = ArticleImporter(archive: archive).importDocuments(
            count: count, source: { "doc-\($0).txt" },
            bytes: { $0 == binary ? [0, 1, 2, 3] : Array("Story \($0)\n\nThe quay opened, time \($0).\n".utf8) },
            progress: { seen.append(($0, $1)) })
        #expect(report.imported.count == count - 1)
        #expect(report.failures.map(\.input) == ["doc-\(binary).txt"])
        #expect(report.failures.first?.error == .input(.binary))
        #expect(seen.map(\.0) == Array(1...count) && seen.allSatisfy { $0.1 == count })
        let titles = try report.imported.map { try archive.article(id: $0).title }
        #expect(titles == (0..<count).filter { $0 != binary }.map { "Story \($0)" })
    }

    @Test("a 50 MB file with one line fails with one sentence")
    func hugeOneLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("huge.txt", [UInt8](repeating: UInt8(ascii: "x"), count: 50 * 1_048_576))
        let archive = try Archive.inMemory()
        let report = ArticleImporter(archive: archive).importFiles([path])
        #expect(report.failures.first?.error == .input(.titleTooLong(length: 50 * 1_048_576, limit: 2_000)))
        #expect(try archive.articleCount() == 0)
    }

    @Test("the bundled samples all parse and fill an archive")
    func samples() throws {
        let samples = SampleArticles.all()
        #expect(samples.count >= 12)
        let archive = try Archive.inMemory()
        try SampleArticles.fill(archive)
        #expect(try archive.articleCount() == samples.count)
    }

    @Test("every file of Samples/ is embedded")
    func samplesComplete() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ArticleImport/Samples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(SampleArticles.all().compactMap(\.source).sorted() == files.map { "sample:" + $0 }.sorted())
    }
}
