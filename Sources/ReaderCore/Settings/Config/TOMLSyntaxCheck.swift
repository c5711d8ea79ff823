/// Checks that a theme or config file is written in the part of TOML Dateline reads before
/// TOMLKit parses it, and says on which line it is not.
///
/// TOMLKit's bundled toml++ aborts the whole program (a failed `assert`, in debug and release
/// builds alike) on some malformed input instead of reporting it: a table header with a
/// character TOML does not allow, a header split over lines, an empty name part, a `}` inside
/// an array. Fuzzing found each of these. Text that passes this check is well-formed TOML of
/// the kinds Dateline's files use — comments, `[table]` headers, `key = value` with strings,
/// numbers, booleans, arrays (over several lines too) and inline tables — so toml++ only ever
/// sees input its own grammar accepts.
///
/// Arrays and inline tables nest at most `maximumNesting` deep: the check (and toml++ after
/// it) descends one call per level, and 50,000 `[` overflowed the stack.
struct TOMLSyntaxCheck {
    /// How deep arrays and inline tables may nest; Dateline's own files use two levels.
    static let maximumNesting = 32

    /// Where the text stops being TOML of that subset.
    struct Failure: Error, Equatable {
        var line: Int
        var reason: String
    }

    private let scalars: [Character]
    private var index = 0
    private var line = 1

    /// Throws the first line that is not well-formed.
    static func check(_ text: String) throws(Failure) {
        var checker = TOMLSyntaxCheck(scalars: Array(text))
        try checker.document()
    }

    private init(scalars: [Character]) {
        self.scalars = scalars
    }

    private var current: Character? { index < scalars.count ? scalars[index] : nil }

    private func fail(_ reason: String) -> Failure { Failure(line: line, reason: reason) }

    private mutating func advance() {
        if current == "\n" || current == "\r\n" { line += 1 }
        index += 1
    }

    /// Skips spaces and tabs (and, when `newlines`, line ends and comments too).
    private mutating func skipBlank(newlines: Bool = false) {
        while let character = current {
            if character == " " || character == "\t" {
                advance()
            } else if newlines && (character == "\n" || character == "\r\n") {
                advance()
            } else if newlines && character == "#" {
                skipComment()
            } else {
                return
            }
        }
    }

    private mutating func skipComment() {
        while let character = current, character != "\n", character != "\r\n" { advance() }
    }

    /// The rest of a line after a header or a value: blanks, then a comment or the line end.
    private mutating func endOfLine() throws(Failure) {
        skipBlank()
        if current == "#" { skipComment() }
        guard current == nil || current == "\n" || current == "\r\n" else {
            throw fail("unexpected text after the value")
        }
        if current != nil { advance() }
    }

    private mutating func document() throws(Failure) {
        while current != nil {
            skipBlank(newlines: true)
            guard let character = current else { return }
            if character == "[" {
                advance()
                let isArrayTable = current == "["
                if isArrayTable { advance() }
                try key(until: "]")
                advance()
                if isArrayTable {
                    guard current == "]" else { throw fail("malformed table name") }
                    advance()
                }
                try endOfLine()
            } else {
                try key(until: "=")
                advance()
                try value(depth: 0)
                try endOfLine()
            }
        }
    }

    /// A dotted key of bare or quoted parts, ending at `terminator` (left current).
    private mutating func key(until terminator: Character) throws(Failure) {
        let problem = terminator == "]" ? "malformed table name" : "malformed key"
        while true {
            skipBlank()
            guard let character = current else { throw fail(problem) }
            if character == "\"" || character == "'" {
                try singleLineString()
            } else {
                var length = 0
                while let next = current, next.isASCII, next.isLetter || next.isNumber || next == "_" || next == "-" {
                    advance()
                    length += 1
                }
                if length == 0 { throw fail(problem) }
            }
            skipBlank()
            if current == "." {
                advance()
                continue
            }
            guard current == terminator else { throw fail(problem) }
            return
        }
    }

    /// A value inside `depth` enclosing arrays and inline tables.
    private mutating func value(depth: Int) throws(Failure) {
        skipBlank()
        guard let character = current else { throw fail("missing value") }
        if character == "[" || character == "{", depth >= Self.maximumNesting {
            throw fail("arrays and inline tables nest more than \(Self.maximumNesting) levels deep")
        }
        switch character {
        case "\"", "'":
            if scalars[index...].starts(with: [character, character, character]) {
                try multiLineString(character)
            } else {
                try singleLineString()
            }
        case "[":
            advance()
            while true {
                skipBlank(newlines: true)
                if current == "]" { break }
                try value(depth: depth + 1)
                skipBlank(newlines: true)
                if current == "," {
                    advance()
                    continue
                }
                guard current == "]" else { throw fail("malformed array") }
                break
            }
            advance()
        case "{":
            advance()
            skipBlank()
            if current == "}" {
                advance()
                return
            }
            while true {
                try key(until: "=")
                advance()
                try value(depth: depth + 1)
                skipBlank()
                if current == "," {
                    advance()
                    continue
                }
                guard current == "}" else { throw fail("malformed inline table") }
                advance()
                return
            }
        default:
            // Numbers and booleans: a run of the characters they are made of.
            var word = ""
            while let next = current, next.isASCII, next.isLetter || next.isNumber || "+-_.:".contains(next) {
                word.append(next)
                advance()
            }
            let isNumber =
                !word.isEmpty && word.allSatisfy { $0.isNumber || "+-_.eE".contains($0) }
                && word.contains(where: \.isNumber)
            guard word == "true" || word == "false" || isNumber else { throw fail("malformed value") }
        }
    }

    private mutating func singleLineString() throws(Failure) {
        guard let quote = current else { throw fail("malformed string") }
        advance()
        while let character = current {
            if character == "\n" || character == "\r\n" { break }
            advance()
            if character == quote { return }
            if quote == "\"" && character == "\\" {
                guard let escaped = current, escaped != "\n", escaped != "\r\n" else { break }
                advance()
            }
        }
        throw fail("unterminated string")
    }

    private mutating func multiLineString(_ quote: Character) throws(Failure) {
        for _ in 0..<3 { advance() }
        while current != nil {
            if scalars[index...].starts(with: [quote, quote, quote]) {
                for _ in 0..<3 { advance() }
                return
            }
            if quote == "\"" && current == "\\" { advance() }
            if current != nil { advance() }
        }
        throw fail("unterminated string")
    }
}
