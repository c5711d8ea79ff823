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
    static func grams(of text: String) -> String {
        guard mayContainUnspaced(text.utf8) else { return "" }
        var result = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard !run.isEmpty else { return }
            if !result.isEmpty { result.append("\n") }
            result.append(contentsOf: phrase(of: run).unicodeScalars)
        }
        for scalar in text.unicodeScalars {
            if ScriptRuns.isUnspaced(scalar) { run.append(scalar) } else { flush() }
        }
        flush()
        return String(result)
    }

    /// Whether `utf8` has a lead byte that can start a scalar of `ScriptRuns.isUnspaced` (false
    /// for the curly quotes and dashes of most articles, whose lead byte is E2), so that most
    /// texts are ruled out by one pass over their bytes on the writer thread.
    static func mayContainUnspaced(_ utf8: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            switch (previous, byte) {
            case (0xE3...0xED, _), (0xE0, 0xB8...0xBB), (0xE1, 0x80...0x82), (0xE1, 0x9E...0x9F), (0xEF, 0xA4...0xAB),
                (0xEF, 0xBD...0xBE), (0xF0, 0xA0...0xAF):
                return true
            default:
                previous = byte
            }
        }
        return false
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
