import Testing

@testable import ReaderCore

/// Finding the line of a TOML key, which TOMLKit does not report.
@Suite("TOML key lines")
struct TOMLKeyLocatorTests {
    private let source = """
        # a comment with quote = "not a key"
        theme = "light"

        [quote]
        fg = "red"  # trailing comment
          bg = 3
        [keys]
        quit = ["x"]
        "move_down" = [
          "j",
          "Dwn",
        ]
        speaker = { fg = "cyan", attributes = ["bold"] }
        list.columns = ["date"]
        [[arrays]]
        name = "x"
        """

    @Test("keys under headers, quoted and dotted keys, inline tables and array elements")
    func lines() {
        let locator = TOMLKeyLocator(source: source)
        #expect(locator.line(of: ["theme"]) == 2)
        #expect(locator.line(of: ["quote"]) == 4)
        #expect(locator.line(of: ["quote", "fg"]) == 5)
        #expect(locator.line(of: ["quote", "bg"]) == 6)
        #expect(locator.line(of: ["keys", "quit"]) == 8)
        #expect(locator.line(of: ["keys", "move_down"]) == 9)
        #expect(locator.line(of: ["keys", "move_down"], value: "Dwn") == 11)
        #expect(locator.line(of: ["keys", "speaker", "attributes"]) == 13)
        #expect(locator.line(of: ["keys", "list", "columns"]) == 14)
        #expect(locator.line(of: ["arrays", "name"]) == 16)
        #expect(locator.line(of: ["quote", "nothing"]) == 4)
        #expect(locator.line(of: ["absent"]) == nil)
        #expect(locator.line(of: []) == nil)
    }

    /// `TOMLKeyLocator.keyPath` as first written: the parts built a character at a time.
    static func referenceKeyPath(_ text: Substring) -> [String] {
        func trimmed(_ text: String) -> String {
            let characters = text.drop { $0 == " " || $0 == "\t" }
            return String(characters.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        }
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(trimmed(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(trimmed(current))
        return parts.allSatisfy(\.isEmpty) ? [] : parts
    }

    @Test("dotted, quoted and spaced keys split as the first way of splitting them did")
    func keyPathsLikeTheReference() {
        let alphabet = ["a", "Z", "_", "-", ".", " ", "\t", "\"", "'", "é", "e\u{301}", " \u{301}", "#", "=", "港"]
        var state: UInt64 = 7
        for _ in 0..<2_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                text += alphabet[Int((state >> 33) % UInt64(alphabet.count))]
            }
            #expect(TOMLKeyLocator.keyPath(text[...]) == Self.referenceKeyPath(text[...]), "\(text)")
        }
    }
}
