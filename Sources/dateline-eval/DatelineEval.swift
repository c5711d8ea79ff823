import ArgumentParser
import ArticleAnalysis
import ArticleImport
import Foundation

/// `dateline-eval`: scores the analyser against a gold JSONL file and measures its speed, or
/// (with `--extract`) the HTML extractor against saved pages and their expected snippets.
@main
struct DatelineEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline-eval",
        abstract: """
            Score the quotation analyser against a gold JSONL file (quote, speaker and source accuracy, MB/s), \
            or with --extract or --body the HTML extractor against saved pages.
            """)

    @Argument(
        help: """
            Gold annotations: one {"id", "text", "quotes": [...]} object per line; with --extract, a JSON array \
            of {"file", "with": [...], "without": [...]} page expectations; with --body, a JSON object of true \
            article bodies.
            """)
    var gold: String

    @Option(
        name: .customLong("extract"),
        help: "Score the HTML extractor on the saved pages in this directory instead of the analyser.")
    var pagesDirectory: String?

    @Flag(help: "With --extract, list each page's missing and let-in snippets; with --body, each page under 0.9 F1.")
    var listMisses = false

    @Option(
        name: .customLong("body"),
        help: """
            Score the HTML extractor's article bodies on the saved pages NAME.html in this directory against \
            the true bodies of a JSON object {NAME: {"articleBody": TEXT}} (shingle F1, as Zyte's benchmark).
            """)
    var bodyPagesDirectory: String?

    @Option(help: "With --extract or --body, also write each page's title and body to this directory as FILE.txt.")
    var texts: String?

    @Option(help: "Also write the predictions, one annotation JSON line per article, to this file.")
    var predictions: String?

    @Option(
        help: """
            Rewrite the gold file's quotation marks first: british turns “ ” into ‘ ’ and " into ' \
            (one character for one, so the offsets hold; apostrophes stay).
            """)
    var quoteStyle: QuoteStyle = .original

    @Option(help: "Analyse the whole file this many times when measuring throughput.")
    var rounds: Int = 1

    /// CPU time of the calling thread: the analyser's own time on one core, whatever else
    /// the machine runs.
    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    func run() throws {
        if let pagesDirectory { return try scoreExtraction(pagesDirectory: pagesDirectory) }
        if let bodyPagesDirectory { return try scoreBodies(pagesDirectory: bodyPagesDirectory) }
        let data = try goldData()
        let articles: [GoldArticle]
        do {
            articles = try GoldArticle.lines(of: data).map(quoteStyle.apply(to:))
        } catch {
            throw EvaluationError.badLine(path: gold, line: error.line)
        }

        var results: [Annotations] = []
        var seconds = 0.0
        var fastest = [Double](repeating: .infinity, count: articles.count)
        // Builds the lexicon (once per process, about 2 ms) before timing starts.
        _ = QuoteAnalyzer.annotate("“Warm,” she said.")
        for round in 0..<max(1, rounds) {
            var annotations: [Annotations] = []
            annotations.reserveCapacity(articles.count)
            for (index, article) in articles.enumerated() {
                let started = Self.threadSeconds()
                annotations.append(QuoteAnalyzer.annotate(article.text))
                let elapsed = Self.threadSeconds() - started
                seconds += elapsed
                fastest[index] = min(fastest[index], elapsed)
            }
            if round == 0 { results = annotations }
        }
        let bytesPerRound = articles.reduce(0) { $0 + $1.text.utf8.count }

        var scores = AccuracyByLanguage()
        for (article, predicted) in zip(articles, results) { scores.add(gold: article, predicted: predicted) }
        if let predictions {
            let lines = zip(articles, results).map { AnnotationJSON(id: $0.id, annotations: $1).jsonLine() }
            do {
                try (lines.joined(separator: "\n") + "\n").write(toFile: predictions, atomically: true, encoding: .utf8)
            } catch {
                throw EvaluationError.cannotWrite(path: predictions, reason: error.localizedDescription)
            }
        }
        if scores.hasLanguages { print(scores.table + "\n") }
        print(
            AccuracyReport(
                score: scores.total, megabytesPerSecond: Double(bytesPerRound * max(1, rounds)) / 1_000_000 / seconds,
                bestMegabytesPerSecond: rounds > 1
                    ? Double(bytesPerRound) / 1_000_000 / fastest.reduce(0, +) : nil
            ).text)
    }
}

extension DatelineEval {
    /// Extracts every page named in the expectations file and prints how many wanted
    /// snippets were found and unwanted ones kept out.
    func scoreExtraction(pagesDirectory: String) throws {
        guard let expectations = ExtractionExpectation.list(from: try goldData()) else {
            throw EvaluationError.notExpectations(path: gold)
        }
        var score = ExtractionScore()
        let speed = try extractPages(named: expectations.map(\.file), in: pagesDirectory) { index, extraction in
            let expectation = expectations[index]
            let misses = score.add(expectation, text: extraction.article?.paragraphs.joined(separator: "\n"))
            guard listMisses else { return }
            if extraction.article == nil { print("\(expectation.file): refused: \(extraction.refusal)") }
            for snippet in misses.missing { print("\(expectation.file): missing \u{201C}\(snippet)\u{201D}") }
            for snippet in misses.letIn { print("\(expectation.file): let in \u{201C}\(snippet)\u{201D}") }
        }
        print(score.text(megabytesPerSecond: speed.megabytesPerSecond, slowestMilliseconds: speed.slowestMilliseconds))
    }
}

extension QuoteStyle: ExpressibleByArgument {}
