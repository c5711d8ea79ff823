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

    @Test("quoted and dotted table names are fine")
    func wellFormedHeaders() throws {
        _ = try TOMLFile(text: "[quote]\nfg = \"red\"\n[\"odd name\".x]\ny = 1\n[a.b-c_d]\nz = 2\n", file: "t.toml")
        #expect(TOMLFile.lineOfMalformedTableHeader(in: "[keys]\nquit = [\"q\"]\n") == nil)
    }
}
