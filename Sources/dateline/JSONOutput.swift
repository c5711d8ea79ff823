import ArticleAnalysis
import Foundation

/// Encodes command output as pretty JSON with sorted keys and ISO 8601 dates.
///
/// Characters that `InertText` would replace (C1 controls, bidi overrides, invisible format
/// characters) are written as `\uXXXX` escapes: the JSON keeps the exact text, and nothing
/// that could drive a terminal reaches it raw.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else { return "null" }
        return escapingUnsafeScalars(String(decoding: data, as: UTF8.self))
    }

    /// `json` with every unsafe scalar inside it (they only occur in strings) as a `\u` escape.
    static func escapingUnsafeScalars(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0 != "\n" && InertText.needsReplacement($0) }) else {
            return json
        }
        var result: [UInt8] = []
        for scalar in json.unicodeScalars {
            if scalar != "\n" && InertText.needsReplacement(scalar) {
                JSONStreamWriter.appendEscape(scalar, to: &result)
            } else {
                UTF8.encode(scalar) { result.append($0) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A date as `JSONEncoder`'s `.iso8601` strategy writes it (`2026-03-01T08:30:00Z`).
    static func date(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
