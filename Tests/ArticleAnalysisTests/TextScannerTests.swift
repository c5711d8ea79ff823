import TestSupport
import Testing

@testable import ArticleAnalysis

@Suite("Text scanner: tokens, their scalar and byte offsets")
struct TextScannerTests {
    /// Each token of `text` as its kind and exact text, cut by scalar offsets and by byte
    /// offsets (the two must agree).
    static func tokens(of text: String) -> [String] {
        let tokenText = TokenText(text: text)
        let scalars = Array(text.unicodeScalars)
        return tokenText.tokens.indices.map { index in
            let token = tokenText.tokens[index]
            let byScalars = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            let byBytes = tokenText.text(index, index)
            #expect(byScalars == byBytes, "token \(index) of \(text.debugDescription)")
            let kind =
                switch token.kind {
                case .word: "w"
                case .quoteMark: "q"
                case .lineBreak: "n"
                case .punctuation: "p"
                }
            return "\(kind):\(byBytes)"
        }
    }

    @Test("words keep their apostrophes, hyphens and dots; other marks stand alone")
    func joiners() {
        #expect(
            Self.tokens(of: "Don’t re-run the U.S. test at 3.5 p.m.") == [
                "w:Don’t", "w:re-run", "w:the", "w:U.S", "p:.", "w:test", "w:at", "w:3.5", "w:p.m", "p:.",
            ])
        #expect(Self.tokens(of: "Ends in a hyphen-") == ["w:Ends", "w:in", "w:a", "w:hyphen", "p:-"])
        #expect(Self.tokens(of: "rock’") == ["w:rock", "p:’"])
    }

    @Test("offsets stay right after letters of two, three and four bytes")
    func multiByteOffsets() {
        #expect(
            Self.tokens(of: "Zoë’s café — «Ça va», 東京 said 🙂 Åsa.") == [
                "w:Zoë’s", "w:café", "p:—", "q:«", "w:Ça", "w:va", "q:»", "p:,", "w:東京", "w:said", "p:🙂",
                "w:Åsa", "p:.",
            ])
        let text = TokenText(text: "é “x”")
        #expect(text.tokens.map(\.start) == [0, 2, 3, 4])
        #expect(text.tokens.map(\.byteStart) == [0, 3, 6, 7])
    }

    @Test("line breaks in a row, spaces between them included, make one token")
    func lineBreaks() {
        let text = TokenText(text: "One.\n \n\r\nTwo\u{2029}three")
        #expect(text.tokens.map(\.kind) == [.word, .punctuation, .lineBreak, .word, .lineBreak, .word])
        #expect(text.tokens[2].start == 4 && text.tokens[2].end == 9)
        #expect(text.text(2, 2) == "\n \n\r\n")
    }

    @Test("controls and invisible format characters make no token")
    func invisible() {
        #expect(Self.tokens(of: "a\u{0}b\u{7}c\u{200B}d\u{AD}") == ["w:a", "w:b", "w:c", "w:d"])
    }

    @Test("a text of punctuation only, more tokens than the first guess holds, is scanned whole")
    func punctuationOnly() {
        let text = String(repeating: "!?", count: 5_000)
        let tokens = TokenText(text: text).tokens
        #expect(tokens.count == 10_000)
        #expect(tokens.last?.start == 9_999 && tokens.last?.byteEnd == 10_000)
    }

    @Test("two apostrophes in a row are noticed, one or two apart are not")
    func doubledApostrophes() {
        #expect(TokenText(text: "He said ''no'' twice.").hasDoubledApostrophes)
        #expect(!TokenText(text: "It's the 'best' ' ' one.").hasDoubledApostrophes)
    }

    @Test("a word hashes the same read eight bytes at a time or byte by byte, at every length")
    func hashPaths() {
        let letters = Array("AbcDefGhiJklMnoPqrStuVwxYz0123456789")
        for length in 1...36 {
            let word = String(letters[0..<length])
            // Alone, a word of ASCII takes the 8-byte path (up to 15 letters); before an “é” or
            // a joiner it goes byte by byte; `WordHash.of` always does.
            let fast = TokenText(text: word + " x").tokens[0].key
            let slow = TokenText(text: word + "-é").tokens[0]
            #expect(fast == WordHash.of(word.lowercased()), "\(length) letters")
            #expect(slow.key == WordHash.of(word + "-é"), "\(length) letters and -é")
            #expect(slow.end == length + 2)
        }
    }

    @Test("words that only differ where a per-letter sum could not tell them apart hash apart")
    func hashCollisions() {
        // Under djb2 (hash × 33 + letter) these pairs collided.
        #expect(WordHash.of("gill") != WordHash.of("i'll"))
        #expect(TokenText(text: "Gill").tokens[0].key != WordHash.of("i'll"))
        #expect(TokenText(text: "Gill").tokens[0].info.classes.isEmpty)
    }

    @Test("words hash as their lower-case form, ’ as '")
    func hashes() {
        let tokens = TokenText(text: "SAID Said said DON’T don't ÉTÉ été").tokens
        #expect(tokens[0].key == tokens[1].key && tokens[1].key == tokens[2].key)
        #expect(tokens[0].key == WordHash.of("said"))
        #expect(tokens[3].key == tokens[4].key && tokens[5].key == tokens[6].key)
        #expect(tokens[0].key != tokens[3].key)
    }

    /// Pieces of text in several languages and styles: cues, "in", every kind of mark, words
    /// the fast path does not take (long, hyphenated, with letters beyond ASCII), line breaks.
    static let candidatePieces = [
        "said", "says", "in", "In", "according", "to", "told", "Doe", "the", "plan", "“", "”", "\"", "'", "‘", "’",
        "«", "»", "„", "—", "–", "-", ":", ",", ".", "(", ")", "\n", "\n\n", " ", "  ", "dijo", "afirmó", "según",
        "zei", "aldus", "сказал", "powiedział", "explique-t-elle", "dit-il", "respondeu-me", "a-t-on",
        "extraordinarily-long-hyphenated", "Landesverkehrsministerin", "naïve", "über", "「", "」", "と述べた", "3.5",
        "U.S.", "don’t", "\u{2028}", "\t", "😀",
    ]

    @Test("the scanner lists every token an attribution rule may read, in any language")
    func attributionCandidates() {
        var state: UInt64 = 29
        let inKey = AttributionFinder.inKey
        for trial in 0..<3_000 {
            let count = 1 + SeededRandom.next(&state, below: trial % 10 == 0 ? 400 : 40)
            let text = (0..<count).map { _ in
                Self.candidatePieces[SeededRandom.next(&state, below: Self.candidatePieces.count)]
            }.joined(separator: SeededRandom.next(&state, below: 3) == 0 ? "" : " ")
            let tokenText = TokenText(text: text)
            let expected = tokenText.tokens.indices.filter {
                AttributionRule.mayRead(tokenText.tokens[$0], inKey: inKey)
            }
            #expect(tokenText.attributionCandidates.map(Int.init) == expected, "\(text.debugDescription)")
        }
    }

    @Test("quote marks, colons, dashes, cues and \"in\" are candidates; commas, full stops and brackets are not")
    func candidateMarks() {
        let tokenText = TokenText(text: "In (brief), Doe said: “Yes.” ‘No’ — «Oui», - plan.")
        let candidates = tokenText.attributionCandidates.map { tokenText.text(Int($0), Int($0)) }
        #expect(candidates == ["In", "said", ":", "“", "”", "‘", "’", "—", "«", "»", "-"])
    }
}
