import ArticleAnalysis
import Foundation
import Testing

@testable import ArticleImport

@Suite("Plain-text articles")
struct PlainTextParserTests {
    @Test("title on the first non-empty line, one paragraph per line, byline at the end")
    func seedShape() throws {
        let text = "\n\nHarbour deal signed\nFirst paragraph.\nSecond “quoted” paragraph.\nBy Jane Doe\n\n\n"
        let article = try PlainTextParser.parse(text: text)
        #expect(article.title == "Harbour deal signed")
        #expect(article.paragraphs == ["First paragraph.", "Second “quoted” paragraph."])
        #expect(article.bylines == ["Jane Doe"])
    }

    @Test("byline right after the title and blank-line separated paragraphs")
    func bylineFirst() throws {
        let text = "Title\nBy Jane Doe and John Roe\n\nOne line\nstill one.\n\nTwo.\n"
        let article = try PlainTextParser.parse(text: text)
        #expect(article.bylines == ["Jane Doe", "John Roe"])
        #expect(article.paragraphs == ["One line still one.", "Two."])
        #expect(article.byline == "Jane Doe and John Roe")
    }

    @Test("an agency after the name is not an author")
    func agencyByline() throws {
        let article = try PlainTextParser.parse(text: "Title\nBody.\nBy Jane Doe, Reuters\n")
        #expect(article.bylines == ["Jane Doe"])
    }

    @Test("a sentence starting with By is not a byline")
    func sentenceIsNotByline() throws {
        let article = try PlainTextParser.parse(text: "Title\nBody.\nBy the end of the week prices had fallen.\n")
        #expect(article.bylines.isEmpty)
        #expect(article.paragraphs.count == 2)
    }

    @Test("lines are trimmed of Unicode's white space")
    func whiteSpaceIsUnicodes() {
        let line = "\u{3000}\u{2003}“Ready,” she said.\u{00A0}\u{205F}"
        #expect(PlainTextParser.normalisedLines(line) == ["“Ready,” she said."])
    }

    @Test("CRLF, BOM, tabs and trailing spaces are normalised")
    func normalisation() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title  \r\nOne\tword \r\nTwo\rBy Jane Doe\r\n".utf8)
        let article = try PlainTextParser.parse(bytes: bytes)
        #expect(article.title == "Title")
        #expect(article.paragraphs == ["One word", "Two"])
        #expect(article.bylines == ["Jane Doe"])
    }

    @Test(
        "bad input is refused with its reason",
        arguments: [
            ([UInt8](), ArticleInputError.empty),
            (Array("  \n\n \n".utf8), .empty),
            (Array("Only a title\n".utf8), .noBody),
            ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], .binary),
        ])
    func badInput(bytes: [UInt8], expected: ArticleInputError) {
        #expect(throws: expected) { try PlainTextParser.parse(bytes: bytes) }
    }

    @Test("text that is not UTF-8 is read in the encoding the detector finds, and says so")
    func legacyEncoding() throws {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait\nBody\n".utf8)
        let decoded = try PlainTextParser.decode(bytes)
        #expect(try PlainTextParser.parse(bytes: bytes).title == "Café au lait")
        #expect(decoded.assumedEncoding != nil)
    }

    @Test("a huge single line is refused as a title, quickly")
    func hugeLine() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 5_000_000)
        #expect(throws: ArticleInputError.titleTooLong(length: 5_000_000, limit: 2_000)) {
            try PlainTextParser.parse(bytes: bytes)
        }
    }

    @Test("word count covers title and body")
    func wordCount() throws {
        let article = try PlainTextParser.parse(text: "Two words\nthree more words\n")
        #expect(article.wordCount == 5)
    }

    @Test(
        "word count splits on every Unicode white space and nothing else",
        arguments: [
            "plain ASCII words", "no\u{00A0}break space", "ideographic\u{3000}space", "em\u{2003}space and\u{205F}math",
            "“curly,” she said — ‘quoted’", "東京で会議が開かれた 二つ", "naïve café", "emoji 👩‍💻 here", "tab\tand\u{0085}next",
            "\u{1680}ogham", "trailing \u{C2}", "line\u{2028}separator",
        ])
    func wordCountMatchesUnicode(text: String) {
        let isCJK = { (scalar: Unicode.Scalar) in
            (0x3040...0x30FF).contains(scalar.value) || scalar.properties.isIdeographic
        }
        let expected = text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace).reduce(0) { count, word in
            count + word.filter(isCJK).count + word.split(whereSeparator: isCJK).count
        }
        #expect(Article(title: "", paragraphs: [text]).wordCount == expected)
    }

    @Test("a Japanese text counts its characters as words, and the Latin words among them")
    func japaneseWordCount() {
        #expect(Article(title: "", paragraphs: ["白波港のフェリー"]).wordCount == 8)
        #expect(Article(title: "", paragraphs: ["東京でAI会議 2026年"]).wordCount == 8)
        #expect(Article(title: "", paragraphs: ["ｶﾀｶﾅ and kana"]).wordCount == 6)
    }
}
