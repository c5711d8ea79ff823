import ArticleAnalysis
import Testing

@Suite("Inert text")
struct InertTextTests {
    @Test("escape sequences and controls become visible symbols, one scalar each")
    func controls() {
        let hostile = "a\u{1B}]0;pwned\u{07}b\u{1B}[2Jc\u{9B}d\u{202E}e\u{7F}\nf"
        let safe = InertText.make(hostile)
        #expect(safe == "a\u{241B}]0;pwned\u{2407}b\u{241B}[2Jc\u{FFFD}d\u{FFFD}e\u{2421}\nf")
        #expect(safe.unicodeScalars.count == hostile.unicodeScalars.count)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("ordinary text, CJK and emoji with joiners pass unchanged")
    func ordinary() {
        let text = "Zürich 東京 👩‍💻 „Guten Tag“ « Bonjour »"
        #expect(InertText.make(text) == text)
    }

    @Test("Unicode tag characters, invisible letters that can hide text, become visible")
    func tagCharacters() {
        let hidden =
            "Fine print"
            + String(
                String.UnicodeScalarView(
                    "ignore this".unicodeScalars.map {
                        Unicode.Scalar(0xE0000 + $0.value)!
                    })) + "\u{E0001}\u{E007F}."
        let safe = InertText.make(hidden)
        #expect(safe == "Fine print" + String(repeating: "\u{FFFD}", count: 13) + ".")
        #expect(safe.unicodeScalars.count == hidden.unicodeScalars.count)
    }

    @Test("the fast test of which scalars need replacing agrees with the replacement, scalar by scalar")
    func needsReplacementMatchesVisible() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if InertText.needsReplacement(scalar) != (InertText.visible(scalar) != scalar) {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty)
    }
}
