import ArchiveStore
import Foundation
import SyntheticArchive
import Testing

@testable import BenchmarkSuite

@Suite("Benchmark")
struct BenchmarkSmokeTests {
    @Test("generated articles read back from their file, on any thread, as the generator made them")
    func generatedArticles() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(UUID())").path
        var generator = ArticleGenerator(seed: 7)
        var reported: [Int] = []
        let articles = try GeneratedArticles(count: 40, generator: &generator, path: path) { reported.append($0) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(reported == Array(stride(from: 4, through: 40, by: 4)))
        var again = ArticleGenerator(seed: 7)
        let expected = (0..<40).map { _ in again.next().bytes }
        var read = [[UInt8]](repeating: [], count: 40)
        read.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: 40) { slots[$0] = articles.bytes($0) }
        }
        #expect(articles.count == 40)
        #expect(read == expected)
        #expect(GeneratedArticles.source(3) == "synthetic/3.txt")
    }

    @Test("a run on 200 articles reports every metric with a plausible value")
    func smallRun() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-smoke-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let kept = directory.appendingPathComponent("kept.sqlite").path
        var configuration = BenchmarkConfiguration(articles: 200, seed: 1, keepPath: kept, startup: .inProcess)
        configuration.searchRepetitions = 1
        configuration.feeds = 4
        let metrics = try Benchmark(configuration: configuration).run()

        let names = metrics.map(\.name)
        #expect(
            names == [
                "analysis_throughput", "import_throughput", "import_cpu", "import_writer_cpu", "html_extract_2mb",
                "first_screen", "launch",
                "search_one_word",
                "search_two_words",
                "search_phrase", "search_unspaced", "search_prefix", "search_filtered", "search_count",
                "in_article_search_keystroke", "render_frame", "speakers_panel", "speaker_index",
                "filter_tag", "filter_unread", "filter_bookmarked", "filter_source", "filter_feed", "filter_date",
                "filter_language", "filter_speaker", "filter_combined",
                "archive_size_per_article",
                "peak_memory", "refresh_feeds", "refresh_feeds_unchanged",
            ])
        for metric in metrics where metric.name != "launch" {
            #expect(metric.value > 0 && metric.value.isFinite, "\(metric.name) = \(metric.value)")
            #expect(metric.articles == 200)
        }
        let size = try #require(metrics.first { $0.name == "archive_size_per_article" })
        #expect(size.value > 2 && size.value < 40)
        let search = try #require(metrics.first { $0.name == "search_one_word" })
        #expect(try #require(search.p95) >= search.value)
        // The reader is started several times: the first screen is a median, with its p95.
        let firstScreen = try #require(metrics.first { $0.name == "first_screen" })
        #expect(try #require(firstScreen.p95) >= firstScreen.value)

        // The kept archive holds the generated articles and opens in the reader.
        let archive = try Archive.open(path: kept)
        #expect(try archive.articleCount() == 200)
        #expect(try !archive.search("said").isEmpty)

        // Measured again, the kept archive gives every figure but the import's.
        var again = configuration
        again.keepPath = nil
        again.reusePath = kept
        again.articles = try Benchmark.articleCount(reusing: kept)
        let remeasured = try Benchmark(configuration: again).run()
        #expect(remeasured.map(\.name) == names.filter { !$0.hasPrefix("analysis_") && !$0.hasPrefix("import_") })
        #expect(remeasured.allSatisfy { $0.articles == 200 })
        #expect(try Archive.open(path: kept).articleCount() == 200)

        // More articles imported into it (another seed) give the import's figures alone.
        var more = configuration
        more.keepPath = nil
        more.addToPath = kept
        more.articles = 50
        more.seed = 2
        let added = try Benchmark(configuration: more).run()
        #expect(added.map(\.name) == ["import_throughput", "import_cpu", "import_writer_cpu"])
        #expect(added.allSatisfy { $0.value > 0 && $0.articles == 50 })
        let cpu = try #require(added.first { $0.name == "import_cpu" })
        let writer = try #require(added.first { $0.name == "import_writer_cpu" })
        #expect(writer.value <= cpu.value)
        #expect(try Archive.open(path: kept).articleCount() == 250)
    }

    @Test("a kept archive never overwrites an existing file")
    func keepRefusesExisting() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-keep-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let existing = directory.appendingPathComponent("mine.sqlite").path
        _ = FileManager.default.createFile(atPath: existing, contents: Data("mine".utf8))
        let configuration = BenchmarkConfiguration(articles: 10, seed: 1, keepPath: existing, startup: .inProcess)
        #expect(throws: BenchmarkError.cannotKeep(path: existing, reason: "a file is already there")) {
            try Benchmark(configuration: configuration).run()
        }
        #expect(FileManager.default.contents(atPath: existing) == Data("mine".utf8))
    }
}
