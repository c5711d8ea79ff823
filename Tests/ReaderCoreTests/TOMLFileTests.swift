import Testing

@testable import ReaderCore

@Suite("TOML files")
struct TOMLFileTests {
    @Test(
        "a malformed table name is a syntax error with its line, not a crash",
        arguments: [
            ("[%speaker]", 1), ("[quote]\nfg = \"red\"\n\n[spe@ker]", 4), ("  [[a$b]]", 1), ("[\ntext]", 1),
            ("[quote]\n[", 2), ("[.status]", 1), ("[a..b]", 1), ("[a.]", 1), ("[]", 1), ("[ ]", 1),
        ])
    func malformedHeader(text: String, line: Int) {
        #expect(throws: ConfigFileError(file: "t.toml", line: line, problem: .syntax("malformed table name"))) {
            try TOMLFile(text: text, file: "t.toml")
        }
    }

    @Test(
        "other input toml++ cannot take is a syntax error with its line",
        arguments: [
            ("[quote]\nattributes = [\"bold\",} \"reverse\"]", 2, "malformed value"),
            ("fg = \"red", 1, "unterminated string"),
            ("a = \n", 1, "malformed value"),
            ("a = 1 2", 1, "unexpected text after the value"),
            ("a = {x = 1", 1, "malformed inline table"),
            ("= 3", 1, "malformed key"),
            ("a = nope", 1, "malformed value"),
            ("a = \"\"\"open", 1, "unterminated string"),
        ])
    func otherSyntax(text: String, line: Int, reason: String) {
        #expect(throws: ConfigFileError(file: "t.toml", line: line, problem: .syntax(reason))) {
            try TOMLFile(text: text, file: "t.toml")
        }
    }

    @Test(
        "arrays and inline tables nested without end are a syntax error, not a stack overflow",
        arguments: [
            "a = " + String(repeating: "[", count: 50_000), "a = " + String(repeating: "{ b = ", count: 50_000),
            "[quote]\nfg = " + String(repeating: "[", count: TOMLSyntaxCheck.maximumNesting + 1) + "1"
                + String(repeating: "]", count: TOMLSyntaxCheck.maximumNesting + 1),
        ])
    func deepNesting(text: String) {
        let reason = "arrays and inline tables nest more than \(TOMLSyntaxCheck.maximumNesting) levels deep"
        #expect(throws: ConfigFileError(file: "t.toml", line: text.hasPrefix("[") ? 2 : 1, problem: .syntax(reason))) {
            try TOMLFile(text: text, file: "t.toml")
        }
        let nested =
            String(repeating: "[", count: TOMLSyntaxCheck.maximumNesting) + "1"
            + String(repeating: "]", count: TOMLSyntaxCheck.maximumNesting)
        #expect(throws: Never.self) { try TOMLFile(text: "a = " + nested, file: "t.toml") }
    }

    @Test("a file over the size limit is refused with one line")
    func tooLarge() {
        let text = "# " + String(repeating: "x", count: ConfigFileError.maximumFileBytes) + "\n"
        let expected = ConfigFileError(
            file: "t.toml", line: nil, problem: .tooLarge(limit: ConfigFileError.maximumFileBytes))
        #expect(throws: expected) { try TOMLFile(text: text, file: "t.toml") }
        #expect(expected.description == "t.toml: the file is over 1 MB, more than a settings or theme file may be")
    }

    @Test("an error never repeats a huge key in full")
    func hugeKey() {
        let key = String(repeating: "k", count: 500_000)
        let error = #expect(throws: ConfigFileError.self) {
            try ReaderConfig(text: key + " = 1\n", file: "config.toml")
        }
        #expect((error?.description.count ?? .max) < 120)
        #expect(error?.description.hasSuffix("…'") == true)
    }

    @Test("quoted and dotted table names are fine")
    func wellFormedHeaders() throws {
        _ = try TOMLFile(text: "[quote]\nfg = \"red\"\n[\"odd name\".x]\ny = 1\n[a.b-c_d]\nz = 2\n", file: "t.toml")
        _ = try TOMLFile(
            text: """
                # a comment
                theme = "dusk" # trailing comment
                wrap_width = 100
                [keys]
                quit = ["q", "C-c",]
                help = [
                  "?",   # several lines
                  'F1',
                ]
                [quote]
                style = { fg = "red", attributes = ["bold"] }
                enabled = true
                note = '''two
                lines'''
                """, file: "t.toml")
    }
}
