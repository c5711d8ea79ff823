import ArchiveStore
import ArticleAnalysis
import Foundation
import Testing

/// Inputs that once cost the square of their size stay linear. Each bound is far above what
/// the linear code takes in a debug build and far below what the quadratic code took.
@Suite("Bounded cost of large inputs")
struct InputCostTests {
    @Test("every quotation of a speaker in a 1 MB article is listed in about linear time")
    func speakerQuotesOfALargeArticle() throws {
        let paragraph = "“We will rebuild the pier before winter,” said Ana Lind, the harbour director."
        let count = 12_000
        let paragraphs = Array(repeating: paragraph, count: count)
        let archive = try Archive.inMemory()
        let stride = paragraph.unicodeScalars.count + 2
        let quoteLength = "“We will rebuild the pier before winter,”".unicodeScalars.count
        _ = try archive.insert([Article(title: "Pier", paragraphs: paragraphs)]) { _ in
            Annotations(
                quotes: (0..<count).map { index in
                    Quote(
                        span: TextSpan(start: index * stride, end: index * stride + quoteLength, text: ""),
                        speakerName: "Ana Lind")
                })
        }
        let started = ContinuousClock.now
        let quotes = try archive.quotes(speaker: "Ana Lind", limit: count)
        let elapsed = ContinuousClock.now - started
        #expect(quotes.count == count)
        #expect(quotes.allSatisfy { $0.text == "“We will rebuild the pier before winter,”" })
        #expect(elapsed < .seconds(8), "took \(elapsed)")
    }
}
