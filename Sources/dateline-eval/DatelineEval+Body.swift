import ArticleAnalysis
import ArticleImport
import Foundation

extension DatelineEval {
    /// Extracts every page named in the true-bodies file and prints the shingle precision,
    /// recall and F1 of the extracted bodies (the paragraphs, without the headline).
    func scoreBodies(pagesDirectory: String) throws {
        guard let truths = ArticleBodyTruth.list(from: try goldData()) else {
            throw EvaluationError.notBodyTruths(path: gold)
        }
        var score = BodyExtractionScore()
        let speed = try extractPages(named: truths.map { $0.page + ".html" }, in: pagesDirectory) { index, extraction in
            let truth = truths[index]
            let overlap = score.add(
                extracted: extraction.article?.paragraphs.joined(separator: "\n\n"), truth: truth.body)
            guard listMisses else { return }
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
        print(score.text(megabytesPerSecond: speed.megabytesPerSecond, slowestMilliseconds: speed.slowestMilliseconds))
    }
}
