import ArchiveStore
import ArticleAnalysis
import ReaderCore
import Testing

/// A quotation that goes on over several paragraphs (each re-opened, only the last closed)
/// is one quote in the reader, though the analyser gives one span per paragraph.
@Suite("Quotes over several paragraphs")
struct QuoteAnchorTests {
    /// The document of `paragraphs` with one quote per listed paragraph: the whole paragraph,
    /// said by the speaker given for it.
    private func document(_ paragraphs: [String], quotes: [(paragraph: Int, speaker: String)]) -> ArticleDocument {
        var record = ArticleRecord(
            article: Article(title: "Pier to be rebuilt", paragraphs: paragraphs), quoteCount: quotes.count)
        record.id = 3
        var starts: [Int] = []
        var offset = 0
        for paragraph in paragraphs {
            starts.append(offset)
            offset += paragraph.unicodeScalars.count + 2
        }
        let annotations = Annotations(
            quotes: quotes.map { quote in
                let text = paragraphs[quote.paragraph]
                let start = starts[quote.paragraph]
                return Quote(
                    span: TextSpan(start: start, end: start + text.unicodeScalars.count, text: text),
                    speakerName: quote.speaker)
            },
            attributions: [], bylines: [])
        return ArticleDocument(record: record, annotations: annotations)
    }

    @Test("a quote re-opened in the next paragraph is one quote with a part in each")
    func continued() {
        let document = document(
            [
                "Mayor Ana Lind spoke at the harbour.", "“We will rebuild the pier this year, stone by stone.",
                "“And the ferries will run again by May.”",
            ],
            quotes: [(1, "Ana Lind"), (2, "Ana Lind")])
        #expect(document.quotes.count == 1)
        #expect(document.quotes.first?.parts.map(\.block) == [2, 3])  // after the title
        #expect(document.quotes.first?.contains(block: 3, glyph: 5) == true)
    }

    @Test(
        "closed quotes, other speakers and quotes apart stay separate",
        arguments: [
            (["“We will rebuild the pier.”", "“The ferries come first.”"], [(0, "Ana Lind"), (1, "Ana Lind")]),
            (["“We will rebuild the pier", "“The ferries come first.”"], [(0, "Ana Lind"), (1, "Tom Reyes")]),
            (
                ["“We will rebuild the pier", "The council agreed.", "“The ferries come first.”"],
                [(0, "Ana Lind"), (2, "Ana Lind")]
            ),
        ])
    func separate(paragraphs: [String], quotes: [(Int, String)]) {
        let document = document(paragraphs, quotes: quotes.map { (paragraph: $0.0, speaker: $0.1) })
        #expect(document.quotes.count == 2)
    }
}
