import ArgumentParser
import ArticleAnalysis
import Foundation

/// `dateline-eval`: scores the analyser against a gold JSONL file and measures its speed.
@main
struct DatelineEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline-eval",
        abstract: "Score the quotation analyser against a gold JSONL file (quote, speaker and source accuracy, MB/s).")

    @Argument(help: "Gold annotations: one {\"id\", \"text\", \"quotes\": [...]} object per line.")
    var gold: String

    @Option(help: "Also write the predictions, one annotation JSON line per article, to this file.")
    var predictions: String?

    @Option(help: "Analyse the whole file this many times when measuring throughput.")
    var rounds: Int = 1

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold) else {
            throw ValidationError("\(gold): no such file or it cannot be read")
        }
        let decoder = JSONDecoder()
        var articles: [GoldArticle] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            lineNumber += 1
            do {
                articles.append(try decoder.decode(GoldArticle.self, from: Data(line)))
            } catch {
                throw ValidationError("\(gold), line \(lineNumber): not a gold annotation line")
            }
        }

        var results: [Annotations] = []
        var bytes = 0
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        for round in 0..<max(1, rounds) {
            var annotations: [Annotations] = []
            annotations.reserveCapacity(articles.count)
            for article in articles {
                let started = clock.now
                annotations.append(QuoteAnalyzer.annotate(article.text))
                elapsed += clock.now - started
                bytes += article.text.utf8.count
            }
            if round == 0 { results = annotations }
        }

        var score = AccuracyScore()
        for (article, predicted) in zip(articles, results) { score.add(gold: article, predicted: predicted) }
        if let predictions {
            let lines = zip(articles, results).map { AnnotationJSON(id: $0.id, annotations: $1).jsonLine() }
            try (lines.joined(separator: "\n") + "\n").write(toFile: predictions, atomically: true, encoding: .utf8)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        print(AccuracyReport(score: score, megabytesPerSecond: Double(bytes) / 1_000_000 / seconds).text)
    }
}
