import ArticleAnalysis
import ArticleImport
import Foundation

extension DatelineEval {
    /// One saved page run through the HTML extractor: the article (nil when refused), the
    /// refusal's wording, the page's size and the extracting thread's CPU time.
    typealias PageExtraction = (article: Article?, refusal: String, bytes: Int, seconds: Double)

    /// Extracts the page at `path`, timing it; with `--texts`, writes its title and body to
    /// `textName.txt` there.
    func extractPage(at path: String, textName: String) throws -> PageExtraction {
        guard let page = FileManager.default.contents(atPath: path) else {
            throw EvaluationError.unreadable(path: path)
        }
        let started = Self.threadSeconds()
        var article: Article?
        var refusal = ""
        do {
            article = try HTMLArticleExtractor.article(from: Array(page), source: nil)
        } catch {
            refusal = error.description
        }
        let seconds = Self.threadSeconds() - started
        if let texts, let article {
            let text = ([article.title] + article.paragraphs).joined(separator: "\n\n") + "\n"
            let url = URL(fileURLWithPath: texts).appendingPathComponent(textName + ".txt")
            do {
                try text.write(to: url, atomically: false, encoding: .utf8)
            } catch {
                throw EvaluationError.cannotWrite(path: url.path, reason: error.localizedDescription)
            }
        }
        return (article, refusal, page.count, seconds)
    }

    /// The gold file's bytes.
    func goldData() throws -> Data {
        guard let data = FileManager.default.contents(atPath: gold) else {
            throw EvaluationError.unreadable(path: gold)
        }
        return data
    }

    /// Extracts the pages `names` of `pagesDirectory` in order, handing each one's index and
    /// extraction to `score`, and returns page bytes extracted per second of CPU time and the
    /// slowest page's time.
    func extractPages(
        named names: [String], in pagesDirectory: String, score: (Int, PageExtraction) -> Void
    ) throws -> (megabytesPerSecond: Double, slowestMilliseconds: Double) {
        var seconds = 0.0
        var slowest = 0.0
        var bytes = 0
        for (index, name) in names.enumerated() {
            let extraction = try extractPage(
                at: URL(fileURLWithPath: pagesDirectory).appendingPathComponent(name).path, textName: name)
            bytes += extraction.bytes
            seconds += extraction.seconds
            slowest = max(slowest, extraction.seconds)
            score(index, extraction)
        }
        return (Double(bytes) / 1_000_000 / max(seconds, 1e-9), slowest * 1000)
    }
}
