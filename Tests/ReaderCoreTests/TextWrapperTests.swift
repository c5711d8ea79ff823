import ReaderCore
import Testing

/// Word wrapping by display columns.
@Suite("Text wrapping")
struct TextWrapperTests {
    /// `text` wrapped to `width`, as the strings of its lines.
    private func wrap(_ text: String, _ width: Int) -> [String] {
        let glyphs = text.map {
            Glyph(character: $0, width: UInt8(max(1, DisplayWidth.of($0))), role: .text)
        }
        return TextWrapper.lines(of: glyphs, width: width).map { String(glyphs[$0].map(\.character)) }
    }

    @Test(
        "table",
        arguments: [
            ("the quick brown fox", 10, ["the quick", "brown fox"]),
            ("the quick brown fox", 19, ["the quick brown fox"]),
            ("the  quick", 4, ["the", "quic", "k"]),
            ("antidisestablishment is long", 8, ["antidise", "stablish", "ment is", "long"]),
            ("東京湾の水先案内人", 7, ["東京湾", "の水先", "案内人"]),
            ("a 東京 b", 3, ["a", "東", "京", "b"]),
            ("東京", 1, ["東", "京"]),
            // No line starts with 、 or 。: the character before goes along.
            ("港湾当局は声明で、交渉は続く。", 16, ["港湾当局は声明", "で、交渉は続く。"]),
            ("交渉は続く」と述べた", 10, ["交渉は続", "く」と述べ", "た"]),
            ("cafe\u{301} au lait", 7, ["cafe\u{301} au", "lait"]),
            ("emoji 😀😀 row", 8, ["emoji", "😀😀 row"]),
            ("", 10, [""]),
            ("   ", 10, [""]),
            ("  indented text", 10, ["  indented", "text"]),
            ("trailing   ", 20, ["trailing"]),
        ] as [(String, Int, [String])])
    func table(text: String, width: Int, lines: [String]) {
        #expect(wrap(text, width) == lines)
    }

    @Test("no line is wider than the width", arguments: [1, 2, 3, 5, 8, 13, 40])
    func neverTooWide(width: Int) {
        let text = "「交渉は続く」と述べた。 The harbour café 🚢 reopened; antidisestablishmentarianism won."
        let glyphs = text.map { Glyph(character: $0, width: UInt8(max(1, DisplayWidth.of($0))), role: .text) }
        for range in TextWrapper.lines(of: glyphs, width: width) {
            let used = glyphs[range].reduce(0) { $0 + Int($1.width) }
            #expect(used <= max(width, 2))
            if width >= 2 { #expect(used <= width) }
        }
    }
}
