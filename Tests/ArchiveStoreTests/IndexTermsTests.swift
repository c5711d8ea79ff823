import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

@Suite("The words of an article as the full-text index holds them (IndexTerms)")
struct IndexTermsTests {
    /// The distinct tokens FTS5's tokenizer of `article_fts` makes of `texts`.
    static func fts5Terms(_ texts: [String]) throws -> Set<String> {
        try DatabaseQueue().inDatabase { db in
            let tokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
            var terms = Set<String>()
            for text in texts {
                for (token, _) in try tokenizer.tokenize(document: text) { terms.insert(token) }
            }
            return terms
        }
    }

    static func terms(_ title: String, _ byline: String?, _ body: String) -> Set<String> {
        Set(IndexTerms.of(title: title, byline: byline, body: body).strings)
    }

    /// Characters of every kind the tokenizer treats apart: ASCII letters, digits and
    /// punctuation, Latin letters with diacritics (precomposed and combining), other scripts,
    /// punctuation and spaces beyond ASCII, symbols, emoji.
    static let alphabet: [String] = [
        "a", "Z", "q", "0", "7", " ", " ", "\n", ".", ",", "-", "'", "\"", "_", "$", "+", "/", "é", "É", "ß", "ø", "Ł",
        "ñ", "e\u{301}", "\u{301}", "ǅ", "ﬁ", "д", "Ё", "ж", "α", "Ω", "港", "の", "フ", "ー", "한", "ไ", "“", "”", "’", "—",
        "«", "»", "„", "\u{A0}", "\u{2009}", "\u{200B}", "²", "½", "①", "€", "©", "😀", "👩‍🚀", "\u{E000}", "Ⅻ", "ǈ",
    ]

    @Test("the terms of random text of every kind of character are FTS5's own")
    func randomText() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int { SeededRandom.next(&state, below: bound) }
        for _ in 0..<300 {
            let texts = (0..<3).map { _ in
                (0..<next(120)).map { _ in Self.alphabet[next(Self.alphabet.count)] }.joined()
            }
            let byline = next(2) == 0 ? nil : texts[1]
            let expected = try Self.fts5Terms([texts[0], byline ?? "", texts[2]])
            #expect(Self.terms(texts[0], byline, texts[2]) == expected, "\(texts)")
        }
    }

    @Test("each term is listed once, in the order it first occurs, with the hash of its bytes")
    func listing() {
        var state: UInt64 = 41
        for _ in 0..<200 {
            let text = (0..<400).map { _ -> String in
                Self.alphabet[SeededRandom.next(&state, below: Self.alphabet.count)]
            }
            .joined()
            let terms = IndexTerms.of(title: "", byline: nil, body: text)
            var start = 0
            for (end, hash) in zip(terms.ends, terms.hashes) {
                let bytes = Array(terms.bytes[start..<Int(end)])
                #expect(bytes.withUnsafeBytes { TermTable.hash($0) } == hash)
                start = Int(end)
            }
            #expect(Set(terms.strings).count == terms.count)
        }
        let words = (0..<3_000).map { "Word\($0 % 1_500)" }.joined(separator: " ")
        #expect(IndexTerms.of(title: "", byline: nil, body: words).strings == (0..<1_500).map { "word\($0)" })
    }

    @Test("words are folded, split and cut as FTS5 does")
    func examples() throws {
        let body = "“We’re done,” said Zoë — CAFÉ café Café 3.5% co-op x² Москва 白波港のフェリー"
        #expect(Self.terms("Title", "By Ana", body) == (try Self.fts5Terms(["Title", "By Ana", body])))
        #expect(Self.terms("", nil, "Café CAFE cafe").count == 1)
        let long = String(repeating: "ab", count: 20_000)
        let cut = Self.terms("", nil, long)
        #expect(cut == [String(long.prefix(IndexTerms.maxTokenBytes))])
        #expect(Self.terms("", nil, "") == [])
    }

    @Test("a table counts each article's term once and grows past its first slots")
    func counting() {
        var table = TermTable()
        let words = (0..<1_000).map { "w\($0)" }
        table.add(IndexTerms.of(title: words.joined(separator: " "), byline: nil, body: "w1 w1 w2"))
        table.add(IndexTerms.of(title: "w1", byline: "W2", body: ""))
        let counts = Dictionary(uniqueKeysWithValues: table.countedStrings.map { ($0.term, $0.count) })
        #expect(counts.count == 1_000)
        #expect(counts["w1"] == 2 && counts["w2"] == 2 && counts["w999"] == 1)
    }
}
