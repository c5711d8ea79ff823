import ArticleAnalysis
import Testing

@Suite("In-article search matching")
struct TextSearchIndexTests {
    static func found(_ pattern: String, in text: String, regex: Bool = false) throws -> [String] {
        let index = TextSearchIndex(text: text)
        let scalars = Array(text.unicodeScalars)
        return try index.matches(of: pattern, regex: regex).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test("lower-case patterns ignore case; a capital makes the search case-sensitive")
    func smartCase() throws {
        let text = "Veskarian advisers left. The veskarian ships stayed. VESKARIAN flags flew."
        #expect(try Self.found("veskarian", in: text) == ["Veskarian", "veskarian", "VESKARIAN"])
        #expect(try Self.found("Veskarian", in: text) == ["Veskarian"])
    }

    @Test("diacritics are ignored when the pattern has none, kept when it has some")
    func diacritics() throws {
        let text = "Ana Núñez met Nunez and Ødegaard in Zürich."
        #expect(try Self.found("nunez", in: text) == ["Núñez", "Nunez"])
        #expect(try Self.found("núñez", in: text) == ["Núñez"])
        #expect(try Self.found("odegaard", in: text) == ["Ødegaard"])
        #expect(try Self.found("zurich", in: text) == ["Zürich"])
    }

    @Test("decomposed accents stay part of the match")
    func decomposed() throws {
        let text = "Jose\u{301} and Jose"
        #expect(try Self.found("jose", in: text) == ["Jose\u{301}", "Jose"])
    }

    @Test("white space in the pattern matches any run, across wraps and paragraph breaks")
    func acrossBreaks() throws {
        let text = "security\nadvisers and security   advisers.\n\nThe end"
        #expect(try Self.found("security advisers", in: text) == ["security\nadvisers", "security   advisers"])
        #expect(try Self.found("advisers. the", in: text) == ["advisers.\n\nThe"])
    }

    @Test("offsets are Unicode scalar offsets, also after CJK and emoji")
    func offsets() throws {
        let text = "東京 👩‍💻 said “yes”"
        let index = TextSearchIndex(text: text)
        #expect(try index.matches(of: "yes") == [13..<16])
    }

    @Test("regex mode with smart case, and a clear error for an invalid regex")
    func regex() throws {
        let text = "Four sources said. Two Sources added. 11 sources familiar."
        #expect(try Self.found("[0-9]+ sources", in: text, regex: true) == ["11 sources"])
        #expect(try Self.found("(two|four) sources", in: text, regex: true) == ["Four sources", "Two Sources"])
        #expect(throws: SearchPatternError.invalidRegex(pattern: "(unclosed", reason: "it does not compile")) {
            try TextSearchIndex(text: text).matches(of: "(unclosed", regex: true)
        }
    }

    @Test("empty and unmatched patterns find nothing; matches do not overlap")
    func edges() throws {
        #expect(try Self.found("", in: "text").isEmpty)
        #expect(try Self.found("zzz", in: "text").isEmpty)
        #expect(try Self.found("aa", in: "aaaaa") == ["aa", "aa"])
    }
}
