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

/// A paragraph longer than a block is cut into blocks that read, search and copy as one.
@Suite("Long paragraphs")
struct LongParagraphTests {
    /// A document of one title and the paragraphs, with the analyser's annotations.
    private func document(_ paragraphs: [String]) -> ArticleDocument {
        var record = ArticleRecord(article: Article(title: "One long paragraph", paragraphs: paragraphs), quoteCount: 0)
        record.id = 5
        return ArticleDocument(record: record, annotations: QuoteAnalyzer.annotate(record.body))
    }

    @Test("a huge paragraph is cut after spaces and between characters, and its text is whole again")
    func cutIntoBlocks() throws {
        let words = (0..<6_000).map { "word\($0)" }.joined(separator: " ")
        let unspaced = String(repeating: "東京e\u{301}👩‍👩‍👧", count: 9_000)
        let document = document([words, "A short one.", unspaced])
        let limit = ArticleDocument.maximumBlockScalars
        #expect(document.blocks.allSatisfy { $0.scalarCount <= limit })
        let kinds = document.blocks.map(\.kind)
        #expect(kinds.filter { $0 == .paragraph }.count == 3)
        #expect(kinds.contains(.continuation))
        // The blocks of each paragraph join back into it; cuts in words fall after a space.
        var paragraphs: [String] = []
        for block in document.blocks.dropFirst() {
            if block.kind == .continuation {
                #expect(paragraphs[paragraphs.count - 1].last == " " || !block.text.hasPrefix("word"))
                paragraphs[paragraphs.count - 1] += block.text
            } else {
                paragraphs.append(block.text)
            }
        }
        #expect(paragraphs == [words, "A short one.", unspaced])
        // No character is split: the glyphs of the blocks are those of the paragraph.
        let unspacedBlocks = document.blocks.drop { $0.text != "A short one." }.dropFirst()
        #expect(unspacedBlocks.flatMap(\.glyphs) == ArticleDocument.glyphs(unspaced, role: .text))
        // Body offsets and search go across the cuts as if the paragraph were one block.
        let offset = words.unicodeScalars.count - 9
        #expect(document.text.bodyOffset(of: document.text.anchor(atBody: offset)) == offset)
        let last = try document.text.hits(of: "word5999", regex: false)
        #expect(last.count == 1)
        let everyWord = try document.text.hits(of: "word", regex: false)
        #expect(everyWord.count == 6_000)
    }

    @Test("a quote across a cut covers its glyphs on both sides")
    func quoteAcrossACut() throws {
        let filler = String(repeating: "harbour ", count: 1_000)
        let quote = "\u{201C}" + String(repeating: "tide ", count: 200) + "stays,\u{201D}"
        let document = document([filler + quote + " said Ada Okafor."])
        let found = try #require(document.quotes.first)
        #expect(found.parts.count == 2)
        #expect(found.parts.map { document.text(of: $0) }.joined() == quote)
    }

    @Test("the reader draws, copies and prints a cut paragraph as one")
    func drawnAsOne() throws {
        let words = (0..<3_000).map { "word\($0)" }.joined(separator: " ")
        let document = document([words])
        let layout = ArticleLayout(document: document, width: 80)
        // Title, blank line, then the paragraph's lines with no blank line at a cut.
        let blank = (0..<layout.lineCount).filter { layout.line($0).glyphs.isEmpty }
        #expect(blank == [1])
        let ansi = ArticleANSIText.render(document, theme: .defaultDark, depth: .monochrome)
        // The title and the paragraph, each on one line.
        #expect(ansi.split(separator: "\n").count == 2)
    }
}
