import Testing

@testable import ArticleAnalysis

/// `UnicodeWhiteSpace` lists exactly the scalars Unicode's tables call white space.
@Suite("Unicode white space")
struct UnicodeWhiteSpaceTests {
    @Test("every scalar is white space exactly when its properties say so")
    func everyScalar() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if UnicodeWhiteSpace.contains(value) != scalar.properties.isWhitespace { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test("words are counted across every kind of white space, curly quotes and dashes inside words")
    func wordCount() {
        #expect(Article.wordCount("“Ready,”\u{2003}she said\u{00A0}—\u{3000}twice\u{205F}at\u{85}noon") == 7)
    }
}
