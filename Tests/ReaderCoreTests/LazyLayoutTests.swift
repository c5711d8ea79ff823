import ArchiveStore
import ArticleAnalysis
import Testing

@testable import ReaderCore

/// The article layout made on demand: the same lines as wrapping every block at once, and
/// only the blocks asked for laid out.
@Suite("Lazy article layout")
struct LazyLayoutTests {
    /// A document of `article` with the annotations the analyser finds.
    private func document(_ article: Article, details: String? = nil) -> ArticleDocument {
        var record = ArticleRecord(article: article, quoteCount: 0)
        record.id = 3
        return ArticleDocument(record: record, annotations: QuoteAnalyzer.annotate(record.body), details: details)
    }

    /// The lines of `document` at `width`, every block wrapped at once (the layout before it
    /// was lazy): title, byline and details, then each paragraph after a blank line.
    private func eagerLines(_ document: ArticleDocument, width: Int) -> [ArticleLayout.Line] {
        var lines: [ArticleLayout.Line] = []
        for (index, block) in document.blocks.enumerated() {
            if block.kind == .paragraph, !lines.isEmpty { lines.append(.init(block: index, glyphs: 0..<0)) }
            for range in TextWrapper.lines(of: block.glyphs, width: width) {
                lines.append(.init(block: index, glyphs: range))
            }
        }
        return lines
    }

    private static let mixed = Article(
        title: "Ferry café reopens after the “long” winter — a report",
        bylines: ["Ana Ruiz"],
        paragraphs: [
            "\u{201C}We are back because the port needs us,\u{201D} said Dagny Sorensen, who leads the pilots\u{2019} union.",
            "港湾当局は声明で「交渉は続く」と述べた。 The harbour café 🚢 reopened; cafe\u{301} tables were full.",
            "A word far too long for any narrow pane: Donaudampfschifffahrtsgesellschaftskapitän arrived.",
            "   Leading spaces, then \"straight quotes,\" said Tomas Reyes, and a tab\there.",
            "",
            "Emoji 👩‍👩‍👧 family and flags 🇳🇴 stay whole; Ελληνικά and русский текст too.",
        ])

    @Test("the lines and glyphs are those of wrapping every block at once", arguments: [1, 2, 7, 20, 33, 60, 100])
    func sameLinesAsEager(width: Int) throws {
        let document = document(LazyLayoutTests.mixed, details: "Harbour Times · 2 January 2026")
        let layout = ArticleLayout(document: document, width: width)
        let eager = eagerLines(document, width: width)
        #expect(layout.lineCount == eager.count)
        for (index, line) in eager.enumerated() {
            #expect(layout.line(index) == line)
            #expect(layout.glyphs(ofBlock: line.block) == document.blocks[line.block].glyphs)
            #expect(
                layout.anchor(ofLine: index) == ArticleLayout.Anchor(block: line.block, glyph: line.glyphs.lowerBound))
        }
        // Every glyph of every block maps to the last line starting at or before it.
        for block in document.blocks.indices {
            for glyph in 0...document.blocks[block].glyphs.count {
                let anchor = ArticleLayout.Anchor(block: block, glyph: glyph)
                let expected = eager.lastIndex {
                    $0.block < block || ($0.block == block && $0.glyphs.lowerBound <= glyph)
                }
                #expect(layout.line(showing: anchor) == max(0, expected ?? 0))
            }
        }
    }

    @Test("quotes cover the glyphs of their text in plain and in other paragraphs")
    func quoteGlyphs() throws {
        let document = document(LazyLayoutTests.mixed)
        let quoted = document.quotes.map { quote in quote.parts.map { document.text(of: $0) }.joined() }
        #expect(quoted.contains("\u{201C}We are back because the port needs us,\u{201D}"))
        #expect(quoted.contains("「交渉は続く」"))
        #expect(quoted.contains("\"straight quotes,\""))
    }

    @Test("a plain scalar is one glyph, one column, shown as itself, next to any other plain scalar")
    func plainScalars() throws {
        var scalars: [Unicode.Scalar] = []
        for value in UInt32(0)...0x2100 {
            if let scalar = Unicode.Scalar(value), PlainScalar.isPlain(scalar) { scalars.append(scalar) }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        text.append(contentsOf: scalars.reversed())
        let string = String(text)
        let glyphs = ArticleDocument.glyphs(string, role: .text)
        #expect(glyphs.count == scalars.count * 2)
        for (glyph, scalar) in zip(glyphs, Array(string.unicodeScalars)) {
            #expect(glyph.width == 1)
            #expect(glyph.character == (scalar == "\n" ? " " : Character(scalar)))
        }
        let units = try #require(PlainScalar.units(of: string))
        for width in [1, 5, 80] {
            #expect(TextWrapper.lines(of: units, width: width) == TextWrapper.lines(of: glyphs, width: width))
        }
    }

    @Test("opening a long article and going to its end lays out only the blocks shown")
    func opensLazily() throws {
        let paragraphs = (0..<20_000).map { number in
            "\u{201C}Paragraph \(number) keeps the harbour story going for one more line,\u{201D} said Ada Okafor."
        }
        let archive = try Archive.inMemory()
        _ = try archive.insert([Article(title: "A very long read", paragraphs: paragraphs)])
        let session = ReaderSession(archive: archive, size: TerminalSize(width: 100, height: 30))
        session.press("Enter")
        let opened = try #require(session.state.article)
        #expect(opened.layout.lineCount > 40_000)
        #expect(opened.layout.laidOutBlockCount < 40)
        session.press("G", "g", "j", "PageDown", "]")
        let article = try #require(session.state.article)
        #expect(article.layout.laidOutBlockCount < 120)
        #expect(session.rows.last?.contains("/\(article.layout.lineCount) ") == true)
    }
}
