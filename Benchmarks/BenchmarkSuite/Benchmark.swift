import ArchiveStore
import ArticleAnalysis
import ArticleImport
import Foundation
import ReaderCore
import SyntheticArchive

/// One benchmark run: generates a synthetic archive and measures analysis, import, start-up,
/// search and storage figures on it.
public struct Benchmark {
    /// Articles whose bodies are analysed again on their own for the analysis throughput.
    static let analysisSample = 3_000

    public let configuration: BenchmarkConfiguration
    /// Progress lines for people watching (stderr in `dateline-bench`).
    let log: (String) -> Void

    public init(configuration: BenchmarkConfiguration, log: @escaping (String) -> Void = { _ in }) {
        self.configuration = configuration
        self.log = log
    }

    /// The number of articles of the archive at `path`, to measure it again (`reusePath`).
    public static func articleCount(reusing path: String) throws(BenchmarkError) -> Int {
        do {
            return try Archive.open(path: path, access: .read).articleCount()
        } catch {
            throw .archive(error.description)
        }
    }

    /// Runs every measurement and returns the figures in report order.
    public func run() throws(BenchmarkError) -> [Metric] {
        let (path, temporaryDirectory) = try archivePath()
        defer { if let temporaryDirectory { try? FileManager.default.removeItem(at: temporaryDirectory) } }

        var metrics: [Metric] = []
        let sampleBodies: [String]
        if configuration.reusePath == nil {
            let (figures, bodies) = try importArchive(at: path)
            if configuration.importOnly || configuration.addToPath != nil { return importMetrics(figures) }
            // The system writes the import's gigabytes out for a minute after it returns; the
            // reader's figures are measured once they are on disk, not against that writing.
            log("writing the archive out")
            sync()
            sampleBodies = bodies
            metrics.append(
                metric("analysis_throughput", "analysis throughput", analysisThroughput(sampleBodies), "MB/s"))
            metrics += importMetrics(figures)
        } else {
            sampleBodies = try self.sampleBodies(openArchive(path))
        }
        metrics.append(try largePageExtraction())
        let startup = try measureStartups(path: path)
        metrics.append(
            Metric(
                name: "first_screen", label: "archive open + first screen 100x30", samples: startup.firstScreen,
                articles: configuration.articles))
        metrics.append(
            Metric(
                name: "launch", label: "  of which process launch", samples: startup.launch,
                articles: configuration.articles))
        let filterKinds = try tagAndMarkRead(path: path)
        metrics += try searchLatencies(path: path)
        metrics.append(inArticleSearch(sampleBodies))
        metrics.append(try renderFrame(path: path))
        metrics.append(try speakersPanel())
        metrics.append(try speakerIndex(path: path))
        metrics += try filteredFirstPages(path: path, kinds: filterKinds)
        metrics.append(metric("archive_size_per_article", "archive size per article", fileKilobytes(path), "KB"))
        metrics.append(metric("peak_memory", "peak memory, reader with archive open", startup.peakMegabytes, "MB"))
        metrics += try feedRefresh(besides: path)
        return metrics
    }

    /// Refreshing `configuration.feeds` subscriptions into an archive of their own next to `path`.
    private func feedRefresh(besides path: String) throws(BenchmarkError) -> [Metric] {
        log("measuring the refresh of \(configuration.feeds) feeds")
        let feedsPath = URL(fileURLWithPath: path).deletingLastPathComponent()
            .appendingPathComponent("feeds-\(MonotonicClock.now()).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: feedsPath + suffix) }
        }
        let (first, unchanged) = try FeedRefreshBenchmark(feeds: configuration.feeds, log: log).run(
            archivePath: feedsPath)
        let feeds = configuration.feeds
        return [
            metric(
                "refresh_feeds", "refresh \(feeds) feeds x \(FeedRefreshBenchmark.itemsPerFeed) items, pool 8", first,
                "ms"),
            metric("refresh_feeds_unchanged", "  again, all unchanged (304)", unchanged, "ms"),
        ]
    }

    private func metric(_ name: String, _ label: String, _ value: Double, _ unit: String) -> Metric {
        Metric(name: name, label: label, value: value, unit: unit, articles: configuration.articles)
    }

    /// The import's throughput, and the CPU time it took per article: in all (every core)
    /// and on the thread that writes. The CPU times hold still on a machine that other work
    /// loads, where the wall clock does not.
    private func importMetrics(_ figures: ImportFigures) -> [Metric] {
        let articles = Double(max(figures.articles, 1))
        return [
            metric(
                "import_throughput", "import throughput",
                Double(figures.articles) / max(Double(figures.nanoseconds) / 1e9, 1e-9), "articles/s"),
            metric(
                "import_cpu", "  CPU time per article, all threads", Double(figures.cpuNanoseconds) / articles / 1000,
                "us"),
            metric(
                "import_writer_cpu", "  of which the writing thread",
                Double(figures.writerNanoseconds) / articles / 1000,
                "us"),
        ]
    }

    /// What importing the generated articles took.
    struct ImportFigures {
        var articles = 0
        var nanoseconds: UInt64 = 0
        /// CPU time of the whole process (user and system) while importing.
        var cpuNanoseconds: UInt64 = 0
        /// CPU time of the thread that writes (the one that calls the importer).
        var writerNanoseconds: UInt64 = 0

        /// Runs `body`, part of the import, on the calling thread (the writer) and adds its
        /// wall-clock, process and thread CPU time to the figures.
        mutating func timing<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
            let (start, cpu, writer) = (
                MonotonicClock.now(), MonotonicClock.processCPUTime(), MonotonicClock.threadCPUTime()
            )
            defer {
                nanoseconds += MonotonicClock.now() - start
                cpuNanoseconds += MonotonicClock.processCPUTime() - cpu
                writerNanoseconds += MonotonicClock.threadCPUTime() - writer
            }
            return try body()
        }
    }

    /// The archive file to write, and the temporary folder to remove afterwards if any.
    private func archivePath() throws(BenchmarkError) -> (String, URL?) {
        if let addTo = configuration.addToPath {
            guard FileManager.default.fileExists(atPath: addTo) else {
                throw .archive("there is no archive at \(addTo) to import into")
            }
            return (addTo, nil)
        }
        if let reuse = configuration.reusePath {
            guard FileManager.default.fileExists(atPath: reuse) else {
                throw .archive("there is no archive at \(reuse) to measure again")
            }
            return (reuse, nil)
        }
        if let keep = configuration.keepPath {
            if FileManager.default.fileExists(atPath: keep) {
                throw .cannotKeep(path: keep, reason: "a file is already there")
            }
            return (keep, nil)
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent(
                "dateline-bench-\(ProcessInfo.processInfo.processIdentifier)-\(MonotonicClock.now())")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotKeep(path: directory.path, reason: error.localizedDescription)
        }
        return (directory.appendingPathComponent("archive.sqlite").path, directory)
    }

    /// Generates and imports the archive through the real import path (detect, parse,
    /// analyse, store in batches of `ArticleImporter.batchSize`); only importing is timed.
    /// Returns its figures and the bodies of the first articles for the analysis figure.
    private func importArchive(at path: String) throws(BenchmarkError) -> (ImportFigures, [String]) {
        let archive = try openArchive(path)
        var importer = ArticleImporter(archive: archive)
        // Presumed bulk, or not, as `dateline import` presumes it from its inputs.
        do {
            importer.bulkLoad = try archive.presumesBulkLoad(inputs: configuration.articles)
        } catch {
            throw .archive(error.description)
        }
        // Generated into a file first, untimed, and imported from it in one run of the
        // pipeline as `dateline import` imports a folder: imported in groups of 16,384 held in
        // memory, each group a run that begins with nothing prepared and ends with the writer
        // alone, 100,000 articles went 11% slower in three alternated pairs (see "The benchmark
        // imports its articles in one run" in `DECISIONS.md`).
        var generator = ArticleGenerator(seed: configuration.seed)
        let articles = try GeneratedArticles(
            count: configuration.articles, generator: &generator,
            path: FileManager.default.temporaryDirectory
                .appendingPathComponent("dateline-bench-articles-\(ProcessInfo.processInfo.processIdentifier)").path
        ) { log("generated \($0) of \(configuration.articles) articles") }
        var figures = ImportFigures(articles: configuration.articles)
        var nextReport = 0
        let report = figures.timing {
            importer.importDocuments(
                count: articles.count, source: GeneratedArticles.source, bytes: articles.bytes
            ) { done, total in
                guard done >= nextReport else { return }
                log("imported \(done) of \(total) articles")
                nextReport += max(total / 10, 1)
            }
        }
        if let failure = report.failures.first { throw .archive("\(failure.input): \(failure.error)") }
        let done = report.imported.count
        // A bulk load ends as `dateline import` ends one: with the search index merged.
        let importNanoseconds = figures.nanoseconds
        let merged: Bool
        do {
            merged = try figures.timing { () throws(ArchiveError) in
                try archive.mergeSearchIndexAfterImport(imported: done, mergesDeferred: importer.bulkLoad)
            }
        } catch {
            throw .archive(error.description)
        }
        if merged {
            log("merged the search index in \(Double(figures.nanoseconds - importNanoseconds) / 1_000_000_000) s")
        }
        log("import took \(figures.nanoseconds / 1_000_000_000) s")
        if configuration.importOnly || configuration.addToPath != nil { return (figures, []) }
        return (figures, try sampleBodies(archive))
    }

    /// The bodies of the first `analysisSample` articles, as stored.
    private func sampleBodies(_ archive: Archive) throws(BenchmarkError) -> [String] {
        do {
            return try archive.summaries(limit: Self.analysisSample).map { summary throws(ArchiveError) in
                try archive.article(id: summary.id).body
            }
        } catch {
            throw .archive(error.description)
        }
    }

    /// Megabytes of article text (UTF-8) the quote analyser goes through per second.
    private func analysisThroughput(_ bodies: [String]) -> Double {
        let bytes = bodies.reduce(0) { $0 + $1.utf8.count }
        var quotes = 0
        let (_, milliseconds) = MonotonicClock.measure {
            for body in bodies { quotes += QuoteAnalyzer.annotate(body).quotes.count }
        }
        log("analysed \(bodies.count) articles, \(quotes) quotations")
        return Double(bytes) / 1_000_000 / max(milliseconds / 1000, 1e-9)
    }

    /// The size of the page whose extraction is timed, and how many times it is extracted.
    static let largePageSize = 2 * 1_048_576
    static let largePageRuns = 5

    /// Extracting the article of a generated 2 MB news page (parse, boilerplate, scoring), in
    /// CPU time of the extracting thread.
    private func largePageExtraction() throws(BenchmarkError) -> Metric {
        log("measuring extraction of a 2 MB page")
        let page = SyntheticPage.html(size: Self.largePageSize, seed: configuration.seed)
        var samples = LatencySamples()
        do {
            for _ in 0..<Self.largePageRuns {
                let (_, milliseconds) = try MonotonicClock.measureThreadCPU { () throws(ImportError) in
                    try HTMLArticleExtractor.article(from: page, source: nil)
                }
                samples.append(milliseconds)
            }
        } catch {
            throw .extraction(error.description)
        }
        return Metric(
            name: "html_extract_2mb", label: "extract a 2 MB web page (CPU time)", samples: samples,
            articles: configuration.articles)
    }

    /// How many times the reader is started on the archive: the first start after the import
    /// reads the program from disk again, which one start would report as the launch.
    static let startupRuns = 11

    /// The first screen and the launch of `startupRuns` starts, and the highest peak memory.
    private func measureStartups(
        path: String
    ) throws(BenchmarkError) -> (firstScreen: LatencySamples, launch: LatencySamples, peakMegabytes: Double) {
        log("measuring start-up")
        var firstScreen = LatencySamples()
        var launch = LatencySamples()
        var peakMegabytes = 0.0
        for _ in 0..<Self.startupRuns {
            let figures = try measureStartup(path: path)
            firstScreen.append(figures.firstScreenMilliseconds)
            launch.append(figures.launchMilliseconds)
            peakMegabytes = max(peakMegabytes, figures.peakMegabytes)
        }
        return (firstScreen, launch, peakMegabytes)
    }

    private func measureStartup(path: String) throws(BenchmarkError) -> StartupFigures {
        switch configuration.startup {
        case .childProcess(let executable):
            return try StartupProbe.measureInChild(executable: executable, path: path)
        case .inProcess:
            return try StartupProbe.measure(path: path, startedAt: MonotonicClock.now())
        }
    }

    /// First page (50 results with snippets) of one-word, two-word, phrase and Japanese searches.
    private func searchLatencies(path: String) throws(BenchmarkError) -> [Metric] {
        log("measuring search")
        let archive = try openArchive(path)
        let kinds = [
            ("search_one_word", "archive search, 1 word", SearchQueries.oneWord),
            ("search_two_words", "archive search, 2 words", SearchQueries.twoWords),
            ("search_phrase", "archive search, phrase", SearchQueries.phrases),
            ("search_unspaced", "archive search, Japanese word", SearchQueries.unspaced),
            ("search_prefix", "archive search, prefix", SearchQueries.prefixes),
        ]
        var metrics = try kinds.map { name, label, queries throws(BenchmarkError) in
            let samples = try latencies(of: queries) { query throws(ArchiveError) in
                _ = try archive.search(query, limit: 50)
            }
            return Metric(name: name, label: label, samples: samples, articles: configuration.articles)
        }
        let filtered = try SearchQueries.filtered.map { query, expression throws(BenchmarkError) in
            (query, try filter(expression))
        }
        let samples = try latencies(of: filtered) { search throws(ArchiveError) in
            _ = try archive.search(search.0, limit: 50, filter: search.1)
        }
        metrics.append(
            Metric(
                name: "search_filtered", label: "archive search, with a filter", samples: samples,
                articles: configuration.articles))
        let counts = try latencies(of: SearchQueries.oneWord + SearchQueries.phrases) { query throws(ArchiveError) in
            _ = try archive.searchCount(query, limit: ArchiveSearchResults.countLimit + 1)
        }
        metrics.append(
            Metric(
                name: "search_count", label: "archive search, the reader's match count", samples: counts,
                articles: configuration.articles))
        return metrics
    }

    /// The filter of `expression`, as the reader's filter prompt reads it.
    private func filter(_ expression: String) throws(BenchmarkError) -> ArticleFilter {
        do throws(ArticleFilterError) {
            return try ArticleFilter(parsing: expression)
        } catch {
            throw .archive(error.description)
        }
    }

    /// The terminal size of the render measurement, and how many frames are timed.
    static let frameSize = TerminalSize(width: 200, height: 60)
    static let frames = 200

    /// One frame of the reader at 200x60 with the newest article open, scrolling a line
    /// between frames.
    private func renderFrame(path: String) throws(BenchmarkError) -> Metric {
        log("measuring rendering")
        let session = ReaderSession(archive: try openArchive(path), size: Self.frameSize)
        session.handle(.action(.open))
        var samples = LatencySamples()
        for _ in 0..<Self.frames {
            session.handle(.action(.moveDown))
            let (_, milliseconds) = MonotonicClock.measure { session.screen }
            samples.append(milliseconds)
        }
        return Metric(
            name: "render_frame", label: "render one frame 200x60", samples: samples, articles: configuration.articles)
    }

    /// Paragraphs (most of them quoting someone) of the long article whose speakers panel is
    /// timed: about 2 MB.
    static let panelArticleParagraphs = 8_000

    /// The speakers panel of one long article of the generator's paragraphs, at 200x60:
    /// opening it (`s`) and moving to each next speaker (`j`), each with its frame. The panel
    /// draws the lines on screen, not one for each of the article's quotations.
    private func speakersPanel() throws(BenchmarkError) -> Metric {
        log("measuring the speakers panel of a long article")
        var generator = ArticleGenerator(seed: configuration.seed)
        var paragraphs: [String] = []
        while paragraphs.count < Self.panelArticleParagraphs {
            let text = generator.next().text
            paragraphs += text.components(separatedBy: "\n\n").dropFirst().map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        let session: ReaderSession
        do {
            let archive = try Archive.inMemory()
            _ = try archive.insert([Article(title: "Every quotation", paragraphs: paragraphs)])
            session = ReaderSession(archive: archive, size: Self.frameSize)
        } catch {
            throw .archive(error.description)
        }
        session.handle(.action(.open))
        _ = session.screen
        var samples = LatencySamples()
        let (_, opening) = MonotonicClock.measure {
            session.handle(.action(.speakers))
            return session.screen
        }
        samples.append(opening)
        for _ in 0..<20 {
            let (_, milliseconds) = MonotonicClock.measure {
                session.handle(.action(.moveDown))
                return session.screen
            }
            samples.append(milliseconds)
        }
        return Metric(
            name: "speakers_panel", label: "speakers panel of a 2 MB article, per key", samples: samples,
            articles: configuration.articles)
    }

    /// Articles whose in-article search is timed.
    static let inArticleSample = 40

    /// Incremental search inside an open article, one keystroke at a time: each prefix of
    /// each query is one search. The article's index is built on the first keystroke, which
    /// therefore includes building it.
    private func inArticleSearch(_ bodies: [String]) -> Metric {
        var samples = LatencySamples()
        for body in bodies.prefix(Self.inArticleSample) {
            var index: TextSearchIndex?
            for query in SearchQueries.inArticle {
                var typed = ""
                for character in query {
                    typed.append(character)
                    let (_, milliseconds) = MonotonicClock.measure {
                        let searchable = index ?? TextSearchIndex(text: body)
                        index = searchable
                        return (try? searchable.matches(of: typed)) ?? []
                    }
                    samples.append(milliseconds)
                }
            }
        }
        return Metric(
            name: "in_article_search_keystroke", label: "in-article search, per keystroke", samples: samples,
            articles: configuration.articles)
    }

    /// The archive-wide speaker index: the most quoted speakers, and a name filter.
    private func speakerIndex(path: String) throws(BenchmarkError) -> Metric {
        log("measuring the speaker index")
        let archive = try openArchive(path)
        let samples = try latencies(of: ["", "an", "hale", ""]) { filter throws(ArchiveError) in
            _ = try archive.speakers(matching: filter)
        }
        return Metric(
            name: "speaker_index", label: "speaker index (500 most quoted)", samples: samples,
            articles: configuration.articles)
    }

    /// Gives every tenth article the tag `tenth` and every thousandth `rare`, every five
    /// hundredth a bookmark, links every twentieth to a feed, and marks the newest nine tenths
    /// read, so the unread articles are the oldest: a list filtered on them has to reach past
    /// the read ones. Returns the filters whose first pages are timed, by kind (name, label,
    /// filter expressions). A reused archive is tagged, linked and marked again, which changes
    /// nothing.
    private func tagAndMarkRead(path: String) throws(BenchmarkError) -> [(String, String, [String])] {
        log("tagging articles and marking them read")
        let archive = try openArchive(path)
        let today = Date().formatted(.iso8601.year().month().day())
        let tomorrow = Date().addingTimeInterval(86_400).formatted(.iso8601.year().month().day())
        let sourceTerms = ["source:7.txt", "source:77.txt", "source:nowhere.example"]
        do {
            let ids = try archive.summaries(matching: ArticleFilter(), order: .oldest).map(\.id)
            try archive.changeTags(
                ids: ids.enumerated().filter { $0.offset % 10 == 0 }.map(\.element), adding: ["tenth"], removing: [])
            try archive.changeTags(
                ids: ids.enumerated().filter { $0.offset % 1000 == 0 }.map(\.element), adding: ["rare"], removing: [])
            for (offset, id) in ids.enumerated() where offset % 500 == 0 { try archive.addBookmark(articleID: id) }
            let feedURL = "https://feeds.example.org/wire.xml"
            var feed = try archive.subscriptions().first { $0.url == feedURL }
            if feed == nil {
                feed = try archive.addSubscription(Subscription(url: feedURL, title: "Wire", addedAt: Date()))
            }
            let feedID = feed?.id ?? 0
            try archive.link(
                ids.enumerated().filter { $0.offset % 20 == 0 }.map { .duplicate(id: $0.element) },
                subscriptionID: feedID)
            try archive.markRead(matching: ArticleFilter(), downTo: ids[ids.count / 10])
            let speakers = try archive.speakers(limit: 200)
            let speakerTerms = [speakers.first, speakers.last].compactMap { $0 }.map { "speaker:\"\($0.name)\"" }
            return [
                ("filter_tag", "filtered first page, tag (10%, 0.1%)", ["tag:tenth", "tag:rare"]),
                ("filter_unread", "filtered first page, unread (oldest 10%)", ["unread"]),
                ("filter_bookmarked", "filtered first page, bookmarked (0.2%)", ["bookmarked"]),
                ("filter_source", "filtered first page, source (10%, 1%, none)", sourceTerms),
                ("filter_feed", "filtered first page, feed (5%)", ["feed:wire", "feed:\(feedID)"]),
                (
                    "filter_date", "filtered first page, date range (all, none)",
                    ["since:\(today)", "since:\(tomorrow)"]
                ),
                ("filter_language", "filtered first page, language (85%, 3%)", ["lang:en", "lang:ja"]),
                ("filter_speaker", "filtered first page, speaker (1st, 200th)", speakerTerms),
                (
                    "filter_combined", "filtered first page, unread tag, source since",
                    ["unread tag:tenth", "source:7.txt since:\(today) lang:en"]
                ),
            ]
        } catch {
            throw .archive(error.description)
        }
    }

    /// The first page of the list (`ArticleList.pageSize` summaries, newest first) under each
    /// kind of filter of `kinds` (`tagAndMarkRead`).
    private func filteredFirstPages(path: String, kinds: [(String, String, [String])]) throws(BenchmarkError)
        -> [Metric]
    {
        log("measuring filtered first pages")
        let archive = try openArchive(path)
        return try kinds.map { name, label, expressions throws(BenchmarkError) in
            let filters = try expressions.map { expression throws(BenchmarkError) in try filter(expression) }
            let samples = try latencies(of: filters) { filter throws(ArchiveError) in
                _ = try archive.summaries(limit: ArticleList.pageSize, filter: filter)
            }
            return Metric(name: name, label: label, samples: samples, articles: configuration.articles)
        }
    }

    /// Times `body` on each input, `searchRepetitions` times each.
    private func latencies<Input>(of inputs: [Input], _ body: (Input) throws(ArchiveError) -> Void)
        throws(BenchmarkError) -> LatencySamples
    {
        var samples = LatencySamples()
        do {
            for input in inputs {
                for _ in 0..<configuration.searchRepetitions {
                    let (_, milliseconds) = try MonotonicClock.measure { () throws(ArchiveError) in try body(input) }
                    samples.append(milliseconds)
                }
            }
        } catch {
            throw .archive(error.description)
        }
        return samples
    }

    private func openArchive(_ path: String) throws(BenchmarkError) -> Archive {
        do {
            return try Archive.open(path: path)
        } catch {
            throw .archive(error.description)
        }
    }

    /// Kilobytes per article of the archive file (with its write-ahead log, if any).
    private func fileKilobytes(_ path: String) -> Double {
        let bytes = [path, path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
            return total + (size ?? 0)
        }
        return Double(bytes) / 1024 / Double(max(configuration.articles, 1))
    }
}
