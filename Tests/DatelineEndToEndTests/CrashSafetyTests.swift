import ArchiveStore
import Foundation
import TestSupport
import Testing

/// Kills imports half-way and runs processes against one archive at once.
@Suite("Crash safety and concurrency", .serialized)
struct CrashSafetyTests {
    /// Writes `count` distinct small articles and returns their paths.
    static func articles(_ count: Int, in directory: TemporaryDirectory, prefix: String = "a") throws -> [String] {
        try (0..<count).map { index in
            try directory.write(
                "\(prefix)\(index).txt",
                text:
                    "Story \(prefix) \(index)\n“Quote \(index),” said Ana Lind.\nSecond paragraph \(index).\nBy Jo Park\n"
            )
        }
    }

    @Test("kill -9 in the middle of a 30,000-article import leaves whole articles; a re-run adds the rest")
    func killedImport() throws {
        let directory = try TemporaryDirectory()
        let articles = try TemporaryDirectory()
        defer {
            directory.remove()
            articles.remove()
        }
        // Enough articles that the import (about 8,000 a second in a debug build) is still
        // running when the first batches are in; too many paths for one command line, so the
        // import reads their folder.
        let total = 30_000
        _ = try Self.articles(total, in: articles)
        let listFile = directory.path("archive.sqlite")
        let importArguments = ["import", "--recursive", "--archive", listFile, articles.url.path]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DatelineBinary.path)
        process.arguments = importArguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait until some batches are in, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        var seen = 0
        while Date() < deadline && process.isRunning {
            if FileManager.default.fileExists(atPath: listFile), let archive = try? Archive.open(path: listFile) {
                seen = (try? archive.articleCount()) ?? 0
                if seen >= 512 { break }
            }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let archive = try Archive.open(path: listFile)
        #expect(try archive.integrityCheck())
        let stored = try archive.articleCount()
        #expect(stored >= seen)
        #expect(stored < total, "the import finished before it could be killed")
        // Whole articles only: every stored article has its body and its quote.
        let summaries = try archive.summaries(limit: stored)
        #expect(summaries.count == stored)
        #expect(summaries.allSatisfy { $0.quoteCount == 1 && $0.wordCount == 11 })

        let rerun = try DatelineBinary.run(importArguments)
        #expect(rerun.status == 0)
        // The re-run, 30,000 inputs into an archive that holds fewer, is presumed a bulk load:
        // it deferred its merges, and ends with the search index merged since it stored some.
        #expect(
            rerun.stdout
                == "imported \(total - stored), duplicate \(stored), failed 0\nby format: text \(total)\n"
                + "merging the search index after a bulk import\n")
        #expect(try archive.articleCount() == total)
    }

    @Test("two listing processes, a bookmarking process and an import at once: no lock errors, nothing lost")
    func concurrentProcesses() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let first = try Self.articles(50, in: directory, prefix: "first")
        _ = try DatelineBinary.run(["import", "--archive", archive] + first)
        let second = try Self.articles(2_000, in: directory, prefix: "second")

        async let importing = Task.detached { try DatelineBinary.run(["import", "--archive", archive] + second) }.value
        async let readerA = Task.detached { try Self.repeatRun(20, ["list", "--archive", archive]) }.value
        async let readerB = Task.detached { try Self.repeatRun(20, ["search", "--archive", archive, "quote"]) }.value
        async let marker = Task.detached {
            try (1...50).map { try DatelineBinary.run(["bookmarks", "add", "--archive", archive, "\($0)"]) }
        }.value
        let results = try await [importing] + readerA + readerB + marker
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("locked"))
        }
        let final = try Archive.open(path: archive)
        #expect(try final.articleCount() == 2_050)
        #expect(try final.bookmarkCount() == 50)
        #expect(try final.integrityCheck())
    }

    static func repeatRun(_ times: Int, _ arguments: [String]) throws -> [DatelineBinary.Result] {
        try (0..<times).map { _ in try DatelineBinary.run(arguments) }
    }
}
