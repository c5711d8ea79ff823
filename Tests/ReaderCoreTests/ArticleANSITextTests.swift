import ArchiveStore
import ArticleAnalysis
import ReaderCore
import Testing

/// The article as ANSI text: the reader's roles as SGR styles.
@Suite("Article ANSI text")
struct ArticleANSITextTests {
    private func document() throws -> ArticleDocument {
        let fixture = try ReaderTestArchive()
        let record = try fixture.archive.article(
            id: fixture.id(of: "Harbour pilots end two-week strike at Tessaly port"))
        let body = record.body
        let quote = "\u{201C}We are back because the port needs us, not because anything has been fixed,\u{201D}"
        let start = body.unicodeScalars.distance(from: body.startIndex, to: body.range(of: quote)!.lowerBound)
        let span = TextSpan(start: start, end: start + quote.unicodeScalars.count, text: quote)
        return ArticleDocument(record: record, annotations: Annotations(quotes: [Quote(span: span)]))
    }

    @Test("each role run starts with its theme's SGR sequence; lines end in a reset")
    func styledRuns() throws {
        let text = ArticleANSIText.render(try document(), theme: .defaultDark, depth: .palette256)
        let quoteSGR = Theme.defaultDark.style(for: .quote).sgr(depth: .palette256)
        let textSGR = Theme.defaultDark.style(for: .text).sgr(depth: .palette256)
        #expect(quoteSGR != textSGR)
        #expect(text.contains(quoteSGR + "\u{201C}We are back because"))
        #expect(text.contains("fixed,\u{201D}" + textSGR + " said Dagny"))
        #expect(text.contains(Theme.defaultDark.style(for: .byline).sgr(depth: .palette256) + "By Oskar Melnyk"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { !$0.isEmpty }.allSatisfy { $0.hasSuffix("\u{1B}[0m") })
        #expect(lines.count == 1 + 1 + 4 * 2 + 1)
    }

    @Test("a monochrome terminal gets attributes only")
    func monochrome() throws {
        let text = ArticleANSIText.render(try document(), theme: .defaultDark, depth: .monochrome)
        let sequences = text.split(separator: "\u{1B}").dropFirst().map { $0.prefix { $0 != "m" } }
        #expect(!sequences.isEmpty)
        for sequence in sequences {
            let codes = sequence.dropFirst().split(separator: ";").compactMap { Int($0) }
            #expect(codes.allSatisfy { $0 < 10 }, "colour code in \(sequence)")
        }
    }
}

/// The plain blocks' shortcut prints what the glyphs print.
@Suite("Article ANSI text of plain blocks")
struct ArticleANSIPlainTests {
    @Test("plain and other paragraphs print their glyphs' characters, a sequence at each change of role")
    func sameAsGlyphs() throws {
        let article = Article(
            title: "Ferry “notes” — 2026",
            paragraphs: [
                "“We sail at dawn,” said Ada Okafor.\nA line break inside stays a space.",
                "港湾当局は「交渉は続く」と述べた。 cafe\u{301} 🚢",
                "Plain again: “the pier,” the mayor said; Ærø and Łódź.",
            ])
        var record = ArticleRecord(article: article, quoteCount: 0)
        record.id = 9
        let document = ArticleDocument(record: record, annotations: QuoteAnalyzer.annotate(record.body))
        let theme = Theme.defaultDark
        let depth = ColorDepth.palette256
        var expected = ""
        for (position, block) in document.blocks.enumerated() {
            if position > 0 { expected += "\n" }
            var role: Role?
            for glyph in block.glyphs {
                if glyph.role != role {
                    role = glyph.role
                    expected += theme.effective(at: depth).style(for: glyph.role).sgr(depth: depth)
                }
                expected.append(glyph.character)
            }
            expected += "\u{1B}[0m\n"
        }
        #expect(ArticleANSIText.render(document, theme: theme, depth: depth) == expected)
    }
}
