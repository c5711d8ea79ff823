import ReaderCore
import Testing

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
}
