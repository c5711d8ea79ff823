import Foundation
import Testing

@testable import ArchiveStore

/// The `quotes` column reads the same through `StoredQuoteParser` as through `JSONDecoder`,
/// and the texts cut from the body are the body's, whatever its characters.
@Suite("Stored quotations")
struct StoredQuoteColumnTests {
    /// The fields of each quotation, for comparing.
    private func fields(_ quotes: [StoredQuote]) -> [String] {
        quotes.map { "\($0.start) \($0.end) \($0.speakerName ?? "-") \($0.cue ?? "-")" }
    }

    @Test("a column as Dateline writes it reads as JSONDecoder reads it")
    func plainColumns() throws {
        let written = StoredQuote.json([
            StoredQuote(start: 0, end: 12, speakerName: "Ana Lind", cue: "said"),
            StoredQuote(start: 20, end: 31, speakerName: nil, cue: nil),
            StoredQuote(start: 40, end: 52, speakerName: "Zoë “Zo” Ek", cue: nil),
        ])
        for column in [written, "[]", "[[3,9]]", "[[3,9,\"Bo Ek\"]]"] {
            let parsed = try #require(StoredQuoteParser.quotes(in: column), "\(column)")
            let decoded = try JSONDecoder().decode([StoredQuote].self, from: Data(column.utf8))
            #expect(fields(parsed) == fields(decoded))
        }
        #expect(fields(try StoredQuote.decode(column: written, articleID: 1))[2] == "40 52 Zoë “Zo” Ek -")
    }

    @Test("the column escapes what JSON requires and writes every number in full")
    func writtenColumn() throws {
        let quotes = [
            StoredQuote(start: 0, end: 1_234_567_890, speakerName: "A \"B\" \\ C\n\u{1}", cue: "é\t"),
            StoredQuote(start: 10, end: 100, speakerName: nil, cue: nil),
        ]
        let json = StoredQuote.json(quotes)
        #expect(json == #"[[0,1234567890,"A \"B\" \\ C\n\u0001","é\t"],[10,100,null,null]]"#)
        let decoded = try StoredQuote.decode(column: json, articleID: 1)
        #expect(fields(decoded) == fields(quotes))
    }

    @Test("any other JSON is left to JSONDecoder: escapes and spaces read as before, and broken columns still fail")
    func otherColumns() throws {
        let escaped = #"[ [1, 5, "Ana \"Lind\"\n", "said\/told"], [7,9,null,"\u00e9"] ]"#
        #expect(StoredQuoteParser.quotes(in: escaped) == nil)
        #expect(
            fields(try StoredQuote.decode(column: escaped, articleID: 1)) == [
                "1 5 Ana \"Lind\"\n said/told", "7 9 - é",
            ])
        for broken in ["[[1,2", "[[1,2]]x", "[[01,2]]", "[[-1,2]]", "{}", "[[1,\"a\"]]", "[[1,2,\"tab\there\"]]"] {
            #expect(StoredQuoteParser.quotes(in: broken) == nil, "\(broken)")
        }
        #expect(throws: ArchiveError.self) { try StoredQuote.decode(column: "[[1,2", articleID: 7) }
    }

    @Test("quotation texts are cut from the body by scalar offsets, past multi-byte characters and the end")
    func textsFromTheBody() {
        let body = "Zoë said “ça va” 👋🏽 and “bye”."
        let scalars = Array(body.unicodeScalars)
        func offset(of text: String) -> Int {
            let target = Array(text.unicodeScalars)
            return (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }!
        }
        let first = offset(of: "“ça va”")
        let second = offset(of: "“bye”")
        let records = QuoteRecord.records(
            [
                StoredQuote(start: second, end: second + 5, speakerName: "Zoë", cue: nil),
                StoredQuote(start: first, end: first + 7, speakerName: "Zoë", cue: "said"),
                StoredQuote(start: scalars.count - 1, end: scalars.count + 10, speakerName: nil, cue: nil),
                StoredQuote(start: first + 2, end: first, speakerName: nil, cue: nil),
            ], body: body)
        #expect(records.map(\.text) == ["“ça va”", "", "“bye”", "."])
        #expect(records.map(\.speakerKey) == ["zoe", nil, "zoe", nil])
    }
}
