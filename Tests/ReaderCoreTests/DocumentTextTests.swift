import ArchiveStore
import ArticleAnalysis
import Foundation
import ReaderCore
import Testing

/// The searchable text of a document and its way back to glyphs and body offsets.
@Suite("Document text")
struct DocumentTextTests {
    private func document(_ article: Article) -> ArticleDocument {
        var record = ArticleRecord(article: article, quoteCount: 0)
        record.id = 7
        return ArticleDocument(record: record, annotations: Annotations())
    }

    /// The characters of the glyphs a hit covers.
    private func text(of hit: SearchHit, in document: ArticleDocument) -> String {
        var text = ""
        for block in hit.start.block...hit.end.block {
            let glyphs = document.blocks[block].glyphs
            let from = block == hit.start.block ? hit.start.glyph : 0
            let to = block == hit.end.block ? hit.end.glyph : glyphs.count
            if block != hit.start.block { text += "|" }
            text += String(glyphs[from..<to].map(\.character))
        }
        return text
    }

    @Test("hits cover exactly the matched glyphs, dense or sparse, wide and combined glyphs included")
    func hitsCoverTheMatches() throws {
        let document = document(
            Article(
                title: "Ferry café reopens",
                bylines: ["Ana Ruiz"],
                paragraphs: ["東京 ferry: the cafe\u{301} by the ferry pier.", "Ferry fares rise; ferry fans 🚢 wait."]))
        let ferries = try document.text.hits(of: "ferry", regex: false)
        #expect(ferries.map { text(of: $0, in: document) } == ["Ferry", "ferry", "ferry", "Ferry", "ferry"])
        #expect(ferries.map(\.start.block) == [0, 2, 2, 3, 3])
        let cafes = try document.text.hits(of: "cafe", regex: false)
        #expect(cafes.map { text(of: $0, in: document) } == ["café", "cafe\u{301}"])
        let letters = try document.text.hits(of: "e", regex: false)
        #expect(letters.count == 14)
        #expect(
            letters.allSatisfy {
                let letter = text(of: $0, in: document)
                return letter.count == 1
                    && letter.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars.first == "e"
            })
        let across = try document.text.hits(of: "pier. ferry", regex: false)
        #expect(across.map { text(of: $0, in: document) } == ["pier.|Ferry"])
        #expect(try document.text.hits(of: "東京", regex: false).map { text(of: $0, in: document) } == ["東京"])
    }

    @Test("a body offset and a glyph anchor map to each other; the title and byline are offset 0")
    func bodyOffsets() throws {
        let article = Article(title: "Tide", bylines: ["Ana Ruiz"], paragraphs: ["One two.", "Three four five."])
        let document = document(article)
        let four = try #require(article.body.range(of: "four")).lowerBound
        let offset = article.body.unicodeScalars.distance(
            from: article.body.unicodeScalars.startIndex, to: four.samePosition(in: article.body.unicodeScalars)!)
        let anchor = document.text.anchor(atBody: offset)
        #expect(anchor.block == 3 && anchor.glyph == 6)
        #expect(document.text.bodyOffset(of: anchor) == offset)
        let layout = ArticleLayout(document: document, width: 40)
        #expect(layout.anchor(ofLine: 0).block == 0)
        #expect(document.text.bodyOffset(of: layout.anchor(ofLine: 0)) == 0)
        #expect(layout.anchor(ofLine: 1).block == 1)
        #expect(document.text.bodyOffset(of: layout.anchor(ofLine: 1)) == 0)
    }
}
