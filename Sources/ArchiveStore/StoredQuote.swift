import ArticleAnalysis
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

    /// The quotations of the `quotes` column of the article `articleID`: read by
    /// `StoredQuoteParser` when the column is in the form `json(_:)` writes, else by `JSONDecoder`.
    static func decode(column json: String, articleID: Int64) throws(ArchiveError) -> [StoredQuote] {
        if let quotes = StoredQuoteParser.quotes(in: json) { return quotes }
        do {
            return try JSONDecoder().decode([StoredQuote].self, from: Data(json.utf8))
        } catch {
            throw .storage(reason: "the stored quotes of article \(articleID) are not valid JSON")
        }
    }

    /// `quotes` as the JSON of the `quotes` column.
    ///
    /// Written by hand rather than by `JSONEncoder`, which took longer than analysing the
    /// article, and into bytes rather than a string of interpolated numbers (a tenth of
    /// importing an article of 400,000 quotations): numbers, `null` and strings escaped as
    /// RFC 8259 requires (`"`, `\` and control characters; everything else is valid UTF-8 as
    /// it is).
    static func json(_ quotes: [StoredQuote]) -> String {
        var json: [UInt8] = [UInt8(ascii: "[")]
        json.reserveCapacity(quotes.count * 32)
        for (index, quote) in quotes.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "["))
            JSONStreamWriter.appendDigits(quote.start, to: &json)
            json.append(UInt8(ascii: ","))
            JSONStreamWriter.appendDigits(quote.end, to: &json)
            json.append(UInt8(ascii: ","))
            appendString(quote.speakerName, to: &json)
            json.append(UInt8(ascii: ","))
            appendString(quote.cue, to: &json)
            json.append(UInt8(ascii: "]"))
        }
        json.append(UInt8(ascii: "]"))
        return String(decoding: json, as: UTF8.self)
    }

    /// Appends `text` as a JSON string, or `null`.
    ///
    /// A name or cue with nothing to escape (almost all) is checked and copied from the
    /// string's own UTF-8 buffer: through `String.UTF8View` the two cost 630 instructions a
    /// string of the benchmark's, this way 340.
    private static func appendString(_ text: String?, to json: inout [UInt8]) {
        guard var text else {
            json += "null".utf8
            return
        }
        json.append(UInt8(ascii: "\""))
        let copied = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return false
            }
            json.append(contentsOf: bytes)
            return true
        }
        guard !copied else {
            json.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json += #"\""#.utf8
            case "\\": json += #"\\"#.utf8
            case "\n": json += #"\n"#.utf8
            case "\r": json += #"\r"#.utf8
            case "\t": json += #"\t"#.utf8
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                json += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: UTF8.encode(scalar) { json.append($0) }
            }
        }
        json.append(UInt8(ascii: "\""))
    }
}
