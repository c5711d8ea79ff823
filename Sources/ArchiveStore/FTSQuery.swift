/// Turns what a user typed into a safe FTS5 query, so that no input can reach SQLite as a
/// syntax error.
///
/// Supported: words (all must match), `"exact phrases"`, `prefix*`, and `OR` / `NOT` between
/// terms. An unbalanced quote makes the rest a phrase; operators without a term on both
/// sides, and every other FTS5 character, are taken as plain text.
public enum FTSQuery {
    enum Token: Equatable {
        case term(String, prefix: Bool)
        case phrase(String)
        case or
        case not
    }

    /// The FTS5 query for `input`, or `nil` when it has no searchable term.
    public static func build(_ input: String) -> String? {
        build(tokens: tokenize(input))
    }

    /// The FTS5 query of `tokens`, or `nil` when they have no searchable term. A prefix for
    /// which `expand` gives words is searched as their `OR` (`SearchTerms`).
    static func build(tokens: [Token], expand: (String) -> [String]? = { _ in nil }) -> String? {
        var parts: [String] = []
        var pendingOperator: String?
        for token in tokens {
            switch token {
            case .or, .not:
                if !parts.isEmpty { pendingOperator = token == .or ? "OR" : "NOT" }
            case .term(let text, let prefix):
                guard isSearchable(text) else { continue }
                if prefix, let words = expand(text), !words.isEmpty {
                    append("(" + words.map(quoted).joined(separator: " OR ") + ")")
                } else {
                    append(quoted(text) + (prefix ? "*" : ""))
                }
            case .phrase(let text):
                guard isSearchable(text) else { continue }
                append(quoted(text))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")

        func append(_ part: String) {
            if let op = pendingOperator {
                parts.append(op)
            } else if let last = parts.last, last.hasSuffix(")") || part.hasPrefix("(") {
                // FTS5 joins phrases side by side with AND, but not a group in parentheses.
                parts.append("AND")
            }
            pendingOperator = nil
            parts.append(part)
        }
    }

    static func tokenize(_ input: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var inPhrase = false
        func flushWord() {
            defer { current = "" }
            guard !current.isEmpty else { return }
            switch current {
            case "OR": tokens.append(.or)
            case "NOT": tokens.append(.not)
            case "AND": break
            default:
                let prefix = current.hasSuffix("*")
                let text = prefix ? String(current.drop(while: { $0 == "*" }).dropLast()) : current
                tokens.append(.term(text, prefix: prefix))
            }
        }
        for character in input {
            if character == "\"" || character == "“" || character == "”" {
                if inPhrase {
                    tokens.append(.phrase(current))
                    current = ""
                } else {
                    flushWord()
                }
                inPhrase.toggle()
            } else if !inPhrase && character.isWhitespace {
                flushWord()
            } else {
                current.append(character)
            }
        }
        if inPhrase { tokens.append(.phrase(current)) } else { flushWord() }
        return tokens
    }

    static func isSearchable(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
