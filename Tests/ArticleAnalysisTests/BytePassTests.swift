import TestSupport
import Testing

@testable import ArticleAnalysis

/// The passes over an article's bytes made faster for the import count and judge as before.
@Suite("Passes over an article's bytes")
struct BytePassTests {
    /// `Article.wordCount(_:)` as first written: every scalar decoded.
    static func referenceWordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let (value, width) = TextScanner.decode(bytes, at: index)
                index += width
                let isWhitespace: Bool
                switch lead {
                case 0x09...0x0D, 0x20: isWhitespace = true
                case 0xC2, 0xE1...0xE3: isWhitespace = Unicode.Scalar(value)?.properties.isWhitespace ?? false
                default: isWhitespace = false
                }
                if lead >= 0xE3 && lead <= 0xEF && Article.isCJKCharacter(value) {
                    inWord = false
                    count += 1
                } else if isWhitespace {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }

    /// `TextDecoder.isBinary(_:)` as first written.
    static func referenceIsBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(0) { return true }
        let sample = bytes.prefix(8192)
        let controls = sample.reduce(0) { count, byte in
            let isControl = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
            return count + (isControl ? 1 : 0)
        }
        return controls * 10 > sample.count
    }

    @Test("words are counted as before in random text of spaces, breaks, CJK and other scripts")
    func wordCount() {
        let alphabet = [
            "a", "Z", "7", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", ".", "é", "\u{A0}", "\u{85}", "\u{1680}",
            "\u{2003}",
            "\u{2028}", "\u{3000}", "港", "の", "ア", "ｱ", "한", "д", "😀", "—", "“",
        ]
        var state: UInt64 = 3
        for _ in 0..<2_000 {
            let text = (0..<SeededRandom.next(&state, below: 40)).map { _ in
                alphabet[SeededRandom.next(&state, below: alphabet.count)]
            }
            .joined()
            #expect(Article.wordCount(text) == Self.referenceWordCount(text), "\(text.debugDescription)")
        }
    }

    @Test("words are counted as before in long runs of ASCII, eight bytes at a time, across every boundary")
    func wordCountOfASCIIRuns() {
        let alphabet = [
            "a", "Z", "7", ".", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{08}", "\u{0E}", "\u{1F}", "!", "~", "é",
            "港",
        ]
        // Mostly letters, so that words and runs of spaces cross the eight-byte lanes anywhere.
        let weights = [30, 20, 10, 5, 15, 3, 3, 2, 1, 1, 1, 1, 1, 3, 2, 1, 1]
        var state: UInt64 = 11
        for _ in 0..<3_000 {
            let text = (0..<SeededRandom.next(&state, below: 120)).map { _ in
                var pick = SeededRandom.next(&state, below: weights.reduce(0, +))
                var index = 0
                while pick >= weights[index] {
                    pick -= weights[index]
                    index += 1
                }
                return alphabet[index]
            }
            .joined()
            #expect(Article.wordCount(text) == Self.referenceWordCount(text), "\(text.debugDescription)")
        }
    }

    @Test("binary input is told as before: NUL anywhere, control characters in the first 8 KB")
    func binary() {
        var state: UInt64 = 5
        for trial in 0..<600 {
            let length = [0, 1, 10, 100, 8191, 8192, 8193, 20_000][trial % 8]
            let controlShare = SeededRandom.next(&state, below: 30)
            var bytes = (0..<length).map { _ -> UInt8 in
                SeededRandom.next(&state, below: 100) < controlShare
                    ? UInt8(SeededRandom.next(&state, below: 32)) : UInt8(32 + SeededRandom.next(&state, below: 224))
            }
            if trial % 7 == 0, !bytes.isEmpty { bytes = bytes.map { $0 == 0 ? 1 : $0 } }
            #expect(TextDecoder.isBinary(bytes) == Self.referenceIsBinary(bytes), "trial \(trial)")
        }
    }
}
