import GRDB

/// Character pairs of the text written without spaces (Chinese, Japanese, Korean, Thai…), so
/// that words inside those runs are found: `unicode61` makes a whole run one token.
///
/// "白波港のフェリー" becomes "白波 波港 港の のフ フェ ェリ リー"; a query word becomes the phrase
/// of its pairs, which matches wherever the word occurs inside a run (a one-character word
/// matches the pairs it starts). The pairs live in `article_grams`, filled by the SQL function
/// `dateline_grams` so that the migration, the writer and the triggers share one definition.
enum UnspacedGrams {
    /// The name of the SQL function.
    static let functionName = "dateline_grams"

    /// `dateline_grams(text)`: the pairs of `text`, or an empty string when it has none.
    static let function = DatabaseFunction(functionName, argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return "" }
        return grams(of: text)
    }

    /// The pairs of every unspaced run of `text`, separated by spaces; runs by line breaks.
    ///
    /// Written as UTF-8 bytes while the scalars are read, a pair as soon as its second scalar
    /// comes (a run of one character is that character): building each run's scalars and
    /// then a string of its pairs cost 2,400 instructions a character, the import's pairs
    /// an eighth of the writing thread's work when they were made there.
    static func grams(of text: String) -> String {
        guard mayContainUnspaced(text.utf8) else { return "" }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 2)
        var previous: Unicode.Scalar = " "
        var length = 0
        func append(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { output.append($0) }
        }
        for scalar in text.unicodeScalars {
            if ScriptRuns.isUnspaced(scalar) {
                if length == 0 {
                    // The run's first scalar waits for a second one, or the run's end.
                } else if length == 1 {
                    if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
                    append(previous)
                    append(scalar)
                } else {
                    output.append(UInt8(ascii: " "))
                    append(previous)
                    append(scalar)
                }
                previous = scalar
                length += 1
            } else {
                if length == 1 {
                    if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
                    append(previous)
                }
                length = 0
            }
        }
        if length == 1 {
            if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
            append(previous)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `utf8` has a lead byte that can start a scalar of `ScriptRuns.isUnspaced` (false
    /// for the curly quotes and dashes of most articles, whose lead byte is E2), so that most
    /// texts are ruled out by one pass over their bytes. Bytes below E0 (ASCII, Latin, Greek,
    /// Cyrillic…) are passed over one comparison each: a match on every byte pair cost 33
    /// instructions a byte, more than tokenizing the text.
    static func mayContainUnspaced(_ utf8: String.UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable(mayContainUnspaced) ?? mayContainUnspaced(Array(utf8))
    }

    private static func mayContainUnspaced(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            index += 1
            guard byte >= 0xE0, index < count else { continue }
            let next = bytes[index]
            switch byte {
            case 0xE3...0xED: return true
            case 0xE0 where (0xB8...0xBB).contains(next): return true
            case 0xE1 where (0x80...0x82).contains(next) || (0x9E...0x9F).contains(next): return true
            case 0xEF where (0xA4...0xAB).contains(next) || (0xBD...0xBE).contains(next): return true
            case 0xF0 where (0xA0...0xAF).contains(next): return true
            default: continue
            }
        }
        return false
    }

    private static func mayContainUnspaced(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(mayContainUnspaced)
    }

    /// The pairs of one run, separated by spaces; a run of one character is that character.
    static func phrase(of run: [Unicode.Scalar]) -> String {
        guard run.count > 1 else { return String(String.UnicodeScalarView(run)) }
        var text = String.UnicodeScalarView()
        for index in 0..<(run.count - 1) {
            if index > 0 { text.append(" ") }
            text.append(run[index])
            text.append(run[index + 1])
        }
        return String(text)
    }
}
