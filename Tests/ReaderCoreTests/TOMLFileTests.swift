import Testing

@testable import ReaderCore

@Suite("TOML files")
struct TOMLFileTests {
    @Test(
        "a malformed table name is a syntax error with its line, not a crash",
        arguments: ["[%speaker]", "[quote]\nfg = \"red\"\n\n[spe@ker]", "  [[a$b]]"])
    func malformedHeader(text: String) {
        let expectedLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.contains("%") || $0.contains("@") || $0.contains("$")
        }.map { $0 + 1 }
        #expect(throws: ConfigFileError(file: "t.toml", line: expectedLine, problem: .syntax("malformed table name"))) {
            try TOMLFile(text: text, file: "t.toml")
        }
    }

    @Test("quoted and dotted table names are fine")
    func wellFormedHeaders() throws {
        _ = try TOMLFile(text: "[quote]\nfg = \"red\"\n[\"odd name\".x]\ny = 1\n[a.b-c_d]\nz = 2\n", file: "t.toml")
        #expect(TOMLFile.lineOfMalformedTableHeader(in: "[keys]\nquit = [\"q\"]\n") == nil)
    }
}
