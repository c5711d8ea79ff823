import Testing

@testable import ArticleAnalysis

/// The folded form an in-article search scans, and its way back to text offsets.
@Suite("Folded search text")
struct FoldedTextTests {
    @Test("compared scalars map back to their text offsets across white space runs and combining marks")
    func offsets() {
        let text = "A  cafe\u{301}\n\n\tNúñez 東京 \u{2003}x"
        let form = FoldedText(text, folding: .fullyFolded)
        let scalars = Array(text.unicodeScalars)
        // The compared scalars, found one by one: a white space run is its first scalar, a
        // combining mark is left out.
        var expected: [(value: UInt32, offset: Int)] = []
        var previousWasSpace = false
        for (offset, scalar) in scalars.enumerated() {
            let isSpace = scalar.properties.isWhitespace
            if isSpace && previousWasSpace { continue }
            previousWasSpace = isSpace
            if !isSpace && scalar.properties.generalCategory == .nonspacingMark { continue }
            expected.append((isSpace ? 32 : scalar.value, offset))
        }
        #expect(form.units.count == expected.count)
        #expect(expected.indices.map(form.offset(of:)) == expected.map(\.offset))
        #expect(form.offset(of: expected.count) == scalars.count)
        #expect(form.units.map { String(Unicode.Scalar($0)!) }.joined() == "a cafe nunez 東京 x")
    }

    @Test("each folding ignores what it says")
    func foldings() {
        let text = "Ça Va"
        func folded(_ folding: SearchFolding) -> String {
            FoldedText(text, folding: folding).units.map { String(Unicode.Scalar($0)!) }.joined()
        }
        #expect(folded(.exact) == "Ça Va")
        #expect(folded(.unaccented) == "Ca Va")
        #expect(folded(.caseFolded) == "ça va")
        #expect(folded(.fullyFolded) == "ca va")
    }
}
