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
