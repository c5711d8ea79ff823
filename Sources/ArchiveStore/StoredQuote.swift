import Foundation

/// How a quotation is stored in its article's `quotes` column: a JSON array
/// `[start, end, speaker name, cue]`, offsets in Unicode scalars of the body.
///
/// The quoted text is not stored: it is the body between the offsets (SQL `substr` counts
/// the same scalars), and the speaker's index key is computed from the name.
struct StoredQuote: Decodable, Sendable {
    var start: Int
    var end: Int
    var speakerName: String?
    var cue: String?

    init(start: Int, end: Int, speakerName: String?, cue: String?) {
        self.start = start
        self.end = end
        self.speakerName = speakerName
        self.cue = cue
    }

    init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        start = try fields.decode(Int.self)
        end = try fields.decode(Int.self)
        speakerName = try fields.decodeIfPresent(String.self)
        cue = try fields.decodeIfPresent(String.self)
    }

    /// The quotations of the `quotes` column of the article `articleID`.
    static func decode(column json: String, articleID: Int64) throws(ArchiveError) -> [StoredQuote] {
        do {
            return try JSONDecoder().decode([StoredQuote].self, from: Data(json.utf8))
        } catch {
            throw .storage(reason: "the stored quotes of article \(articleID) are not valid JSON")
        }
    }

    /// `quotes` as the JSON of the `quotes` column.
    ///
    /// Written by hand rather than by `JSONEncoder`, which took longer than analysing the
    /// article: numbers, `null` and strings escaped as RFC 8259 requires (`"`, `\` and
    /// control characters; everything else is valid UTF-8 as it is).
    static func json(_ quotes: [StoredQuote]) -> String {
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

    /// Appends `text` as a JSON string, or `null`.
    private static func appendString(_ text: String?, to json: inout String) {
        guard let text else {
            json += "null"
            return
        }
        json += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            json += text + "\""
            return
        }
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
}
