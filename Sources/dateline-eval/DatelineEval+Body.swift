import ArticleAnalysis
import ArticleImport
import Foundation

extension DatelineEval {
    /// Extracts every page named in the true-bodies file and prints the shingle precision,
    /// recall and F1 of the extracted bodies (the paragraphs, without the headline).
    func scoreBodies(pagesDirectory: String) throws {
        guard let data = FileManager.default.contents(atPath: gold) else {
            throw EvaluationError.unreadable(path: gold)
        }
        guard let truths = ArticleBodyTruth.list(from: data) else {
            throw EvaluationError.notBodyTruths(path: gold)
        }
        var score = BodyExtractionScore()
        var seconds = 0.0
        var slowest = 0.0
        var bytes = 0
        for truth in truths {
            let extraction = try extractPage(
                at: URL(fileURLWithPath: pagesDirectory).appendingPathComponent(truth.page + ".html").path,
                textName: truth.page)
            bytes += extraction.bytes
            seconds += extraction.seconds
            slowest = max(slowest, extraction.seconds)
            let overlap = score.add(
                extracted: extraction.article?.paragraphs.joined(separator: "\n\n"), truth: truth.body)
            guard listMisses else { continue }
            if extraction.article == nil {
                print("\(truth.page): refused: \(extraction.refusal)")
            } else if let precision = overlap.precision, let recall = overlap.recall,
                2 * precision * recall < 0.9 * (precision + recall)
            {
                print(
                    "\(truth.page): precision \(AccuracyReport.rounded(precision, places: 3)), "
                        + "recall \(AccuracyReport.rounded(recall, places: 3))")
            }
        }
        print(
            score.text(
                megabytesPerSecond: Double(bytes) / 1_000_000 / max(seconds, 1e-9), slowestMilliseconds: slowest * 1000)
        )
    }
}
