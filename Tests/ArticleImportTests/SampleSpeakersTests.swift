import ArticleAnalysis
import TestSupport
import Testing

@testable import ArticleImport

/// Who speaks in every bundled sample and in the seed-style fixture, as a golden file that a
/// person has read: every named speaker really speaks (no places, things, labels or bylines).
@Suite("Sample articles: the named speakers")
struct SampleSpeakersTests {
    /// One line per article: its file, then each named speaker once, in order of first
    /// appearance, with the cue that first names them.
    static func speakers(of articles: [(name: String, article: Article)]) -> String {
        articles.map { name, article in
            let annotations = QuoteAnalyzer.annotate(article.body)
            var seen: Set<String> = []
            var lines = ["\(name) (\(annotations.language.rawValue))"]
            let named =
                annotations.quotes.compactMap { quote in quote.speakerName.map { ($0, quote.cue?.text ?? "") } }
                + annotations.attributions.compactMap { attribution in
                    attribution.sourceName.map { ($0, attribution.cue?.text ?? "") }
                }
            for (speaker, cue) in named where seen.insert(speaker).inserted {
                lines.append("  \(speaker) — \(cue)")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    @Test("the named speakers of the samples and the seed-style fixture match the golden file")
    func samples() throws {
        let samples = zip(SampleArticles.files.map(\.name), SampleArticles.all()).map { ($0, $1) }
        let seed = try PlainTextParser.parse(bytes: Fixtures.bytes("seed-like.txt"), source: "seed-like.txt")
        let actual = Self.speakers(of: samples + [("seed-like.txt", seed)])
        if let mismatch = GoldenFile.mismatch(actual, name: "sample-speakers.txt", testFile: #filePath) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }
}
