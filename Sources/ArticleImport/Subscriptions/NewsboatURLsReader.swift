/// Reads newsboat's `urls` file: one feed per line, its address first, then its tags
/// (`"two words"` quoted); a tag `~Title` names the feed and `!` hides it; `#` starts a
/// comment. Query feeds (`"query:…"`) and `exec:`/`filter:` sources are skipped and reported.
enum NewsboatURLsReader {
    static func read(_ text: String) -> SubscriptionList {
        var list = SubscriptionList()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var tokens = self.tokens(line)
            guard !tokens.isEmpty else { continue }
            let url = tokens.removeFirst()
            let number = index + 1
            let shown = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if url.hasPrefix("query:") {
                list.skipped.append(.init(line: number, text: shown, reason: "query feeds are newsboat's own searches"))
            } else if url.hasPrefix("exec:") || url.hasPrefix("filter:") {
                list.skipped.append(
                    .init(line: number, text: shown, reason: "Dateline does not run commands for feeds"))
            } else if !ArticleFetcher.isAddress(url) {
                list.skipped.append(.init(line: number, text: shown, reason: "not an http or https address"))
            } else {
                var entry = SubscriptionEntry(url: url)
                for token in tokens where token != "!" && !token.isEmpty {
                    if token.hasPrefix("~") {
                        entry.title = String(token.dropFirst())
                    } else if !entry.tags.contains(token) {
                        entry.tags.append(token)
                    }
                }
                list.add(entry)
            }
        }
        return list
    }

    /// The words of a line: separated by blanks, `"…"` with backslash escapes kept together,
    /// nothing after a word that starts with `#`.
    static func tokens(_ line: Substring) -> [String] {
        var tokens: [String] = []
        var scalars = line.unicodeScalars[...]
        while true {
            scalars = scalars.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            guard let first = scalars.first, first != "#" else { return tokens }
            var token = String.UnicodeScalarView()
            if first == "\"" {
                scalars = scalars.dropFirst()
                while let scalar = scalars.popFirst(), scalar != "\"" {
                    if scalar == "\\", let escaped = scalars.popFirst() {
                        token.append(escaped == "n" ? "\n" : escaped == "t" ? "\t" : escaped)
                    } else {
                        token.append(scalar)
                    }
                }
            } else {
                while let scalar = scalars.first, scalar != " ", scalar != "\t", scalar != "\r" {
                    token.append(scalar)
                    scalars = scalars.dropFirst()
                }
            }
            tokens.append(String(token))
        }
    }
}
