/// Finds the line a key of a TOML document is on, which TOMLKit does not report.
///
/// It reads just enough TOML for that: table headers (`[a.b]`, `[[a]]`), bare, quoted and
/// dotted keys before `=`, keys inside an inline table on the key's line, and string
/// elements of a multi-line array.
public struct TOMLKeyLocator: Sendable {
    /// A `key = value` line: the full key path (table header included) and its line.
    private struct Entry: Sendable {
        var path: [String]
        var line: Int
        var isHeader: Bool
    }

    private let entries: [Entry]
    private let lines: [Substring]

    /// Reads the keys of `source`.
    public init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var entries: [Entry] = []
        var table: [String] = []
        for (index, raw) in lines.enumerated() {
            let text = raw.drop { $0 == " " || $0 == "\t" }
            if text.hasPrefix("[") {
                let inner = text.drop { $0 == "[" }.prefix { $0 != "]" }
                table = TOMLKeyLocator.keyPath(inner)
                entries.append(Entry(path: table, line: index + 1, isHeader: true))
            } else if let equals = TOMLKeyLocator.assignment(in: text) {
                let key = TOMLKeyLocator.keyPath(text[..<equals])
                if !key.isEmpty { entries.append(Entry(path: table + key, line: index + 1, isHeader: false)) }
            }
        }
        self.entries = entries
    }

    /// The 1-based line of the key at `path` (`["quote", "fg"]`), or of the nearest
    /// enclosing key or table that is written out; `value`, when given, narrows it to the
    /// line of that string element of a multi-line array.
    public func line(of path: [String], value: String? = nil) -> Int? {
        guard !path.isEmpty else { return nil }
        for length in stride(from: path.count, through: 1, by: -1) {
            let prefix = Array(path.prefix(length))
            let rest = path.dropFirst(length)
            let matches = entries.filter { $0.path == prefix }
            guard let entry = matches.first(where: { !$0.isHeader }) ?? matches.first else { continue }
            if let key = rest.first, !entry.isHeader, !mentions(key: key, onLine: entry.line) { continue }
            if !entry.isHeader, let value { return line(ofString: value, from: entry.line) ?? entry.line }
            return entry.line
        }
        return nil
    }

    /// Whether the line has `key =` (an inline table's field).
    private func mentions(key: String, onLine line: Int) -> Bool {
        let text = lines[line - 1]
        var rest = text[...]
        while let range = rest.range(of: key) {
            let after = rest[range.upperBound...].drop { $0 == " " || $0 == "\t" }
            if after.first == "=" { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// The line, from `start` on until the next key, holding `"value"`.
    private func line(ofString value: String, from start: Int) -> Int? {
        let next = entries.first { $0.line > start }?.line ?? lines.count + 1
        return (start..<next).first { lines[$0 - 1].contains("\"" + value + "\"") }
    }

    /// The index of the `=` of a `key = value` line, outside quotes; nil for other lines.
    private static func assignment(in text: Substring) -> Substring.Index? {
        var quote: Character?
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return nil
            } else if character == "=" {
                return index
            }
        }
        return nil
    }

    /// The parts of a dotted key (`a."b.c".d` is `a`, `b.c`, `d`), without quotes.
    ///
    /// Each part is a slice of `text` between its separators, trimmed of spaces and tabs and
    /// with its quote characters left out: building the parts a character at a time, then
    /// trimming each through reversed copies, cost 40,000 instructions a key, most of the
    /// reader's start-up spent reading its themes.
    static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        var runStart = text.startIndex
        var index = text.startIndex
        /// Adds the characters from `runStart` up to `index` to the current part.
        func takeRun() {
            if runStart < index { current += text[runStart..<index] }
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if let open = quote {
                if character == open {
                    takeRun()
                    quote = nil
                    runStart = next
                }
            } else if character == "\"" || character == "'" {
                takeRun()
                quote = character
                runStart = next
            } else if character == "." {
                takeRun()
                parts.append(trimmed(current))
                current = ""
                runStart = next
            }
            index = next
        }
        takeRun()
        parts.append(trimmed(current))
        return parts.contains { !$0.isEmpty } ? parts : []
    }

    /// `text` without leading and trailing spaces and tabs.
    private static func trimmed(_ text: String) -> String {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }
}
