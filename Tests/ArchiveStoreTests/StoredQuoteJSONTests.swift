import Testing

@testable import ArchiveStore

/// The `quotes` column's JSON, written by hand.
@Suite("Stored quotations as JSON")
struct StoredQuoteJSONTests {
    /// `StoredQuote.json(_:)` as first written: a string interpolated per quotation.
    static func referenceJSON(_ quotes: [StoredQuote]) -> String {
        func appendString(_ text: String?, to json: inout String) {
            guard let text else {
                json += "null"
                return
            }
            json += "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case "\n": json += "\\n"
                case "\r": json += "\\r"
                case "\t": json += "\\t"
                case "\u{00}"..."\u{1F}":
                    let hex = String(scalar.value, radix: 16)
                    json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: json.unicodeScalars.append(scalar)
                }
            }
            json += "\""
        }
        var json = "["
        for (index, quote) in quotes.enumerated() {
            if index > 0 { json += "," }
            json += "[\(quote.start),\(quote.end),"
            appendString(quote.speakerName, to: &json)
            json += ","
            appendString(quote.cue, to: &json)
            json += "]"
        }
        return json + "]"
    }

    @Test("the JSON is the first version's, and reads back as the quotations")
    func sameJSON() throws {
        let names: [String?] = [nil, "Ana Núñez", "O'Brien \"Jr\"", "back\\slash", "tab\there", "bell\u{07}", "港の人"]
        var quotes: [StoredQuote] = []
        for index in 0..<40 {
            quotes.append(
                StoredQuote(
                    start: index * 1_000_003 % 97_001, end: index * 7_919, speakerName: names[index % names.count],
                    cue: names[(index * 3) % names.count]))
            let json = StoredQuote.json(quotes)
            #expect(json == Self.referenceJSON(quotes))
            let read = try StoredQuote.decode(column: json, articleID: 1)
            #expect(read.map(\.start) == quotes.map(\.start))
            #expect(read.map(\.speakerName) == quotes.map(\.speakerName))
            #expect(read.map(\.cue) == quotes.map(\.cue))
        }
        #expect(StoredQuote.json([]) == "[]")
    }
}
