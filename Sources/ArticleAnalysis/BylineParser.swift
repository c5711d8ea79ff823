/// Recognises an author line (`By Jane Doe`, `By Jane Doe and John Roe`,
/// `By Jane Doe, Reuters`, `Por Ana Ruiz`, `Автор: Иван Петров`) and extracts the names it gives.
public enum BylineParser {
    /// News agencies that follow a name after a comma and are not authors themselves.
    static let agencies: Set<String> = [
        "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
        "bloomberg", "dpa", "efe", "ansa", "kyodo", "xinhua", "tass", "upi", "cnn", "bbc", "bbc news",
        "europa press", "lusa", "anp", "belga", "pap", "ria novosti", "interfax", "apa", "sda", "ats",
    ]

    /// The longest line still taken for a byline.
    static let maximumLength = 160

    /// The author names of `line` when it is a byline, else `nil`.
    public static func names(in line: String) -> [String]? {
        switch asciiNames(in: line) {
        case .notByline: return nil
        case .names(let names): return names
        case .notASCII: break
        }
        guard let rest = nameList(in: line) else { return nil }
        var names: [String] = []
        for piece in rest.split(separator: ",").flatMap({ splitOnAnd(String($0)) }) {
            let name = piece.trimmingSpaces()
            if name.isEmpty || agencies.contains(name.lowercased()) { continue }
            guard isName(name) else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : names
    }

    /// The words that open a byline in every language the analyser knows ("by", "por",
    /// "автор"), in lower case.
    static let openers: Set<String> = Set(
        Language.allCases.flatMap { $0.words.bylineOpeners.split(separator: " ") }.map(String.init))

    /// The text after the opener (`By `, `Por `, `Автор: `) when `line` has the shape of a byline.
    static func nameList(in line: String) -> Substring? {
        guard mayOpenByline(line) else { return nil }
        let trimmed = line.trimmingSpaces()
        guard trimmed.count <= maximumLength,
            let space = trimmed.firstIndex(where: { $0 == " " || $0 == ":" }),
            openers.contains(trimmed[..<space].lowercased())
        else { return nil }
        var rest = trimmed[space...].drop { $0 == " " || $0 == ":" }
        rest = rest.prefix { $0 != "\n" }
        guard let first = rest.unicodeScalars.first, opensName(first) else { return nil }
        return rest
    }

    /// The most scalars an opener has: a first word of more cannot lower-case to one, since
    /// lower-casing maps every scalar to one or more.
    static let openerScalars = openers.map(\.unicodeScalars.count).max() ?? 0

    /// Whether `line` may pass `nameList`'s opener test, decided on its first few scalars
    /// instead of the whole line trimmed and counted: `names(in:)` is asked about the first
    /// and last paragraphs of every article, and trimming a paragraph cost 70,000 instructions.
    ///
    /// Never `false` for a line `nameList` takes. Its first word is at most `openerScalars`
    /// scalars followed by a space or colon and at least one more scalar, all of them in the
    /// `openerScalars + 2` scalars after the leading white space; a string of those scalars
    /// breaks into the same characters as the trimmed line up to its last scalar (where a
    /// character ends depends on the scalars before a boundary and the one after it), so it
    /// has the same first word.
    static func mayOpenByline(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, scalars[index].properties.isWhitespace { index = scalars.index(after: index) }
        guard index < scalars.endIndex else { return false }
        let end = scalars.index(index, offsetBy: openerScalars + 2, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let head = String(String.UnicodeScalarView(scalars[index..<end]))
        guard let space = head.firstIndex(where: { $0 == " " || $0 == ":" }) else { return false }
        return openers.contains(head[..<space].lowercased())
    }

    /// The words that join two author names: "and" in the languages the analyser knows.
    static let conjunctions: Set<String> = ["and", "&", "und", "et", "y", "e", "en", "i", "и", "oraz"]

    static func splitOnAnd(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if Self.conjunctions.contains(String(word)) {
                pieces.append(current)
                current = ""
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        pieces.append(current)
        return pieces
    }

    /// Lower-case words a name may hold (`isName`).
    static let particles: Set<String> = [
        "de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "bin", "al", "el", "dos", "das", "do",
        "ten", "ter", "y",
    ]

    /// A name is one to six words, each starting with a capital letter (particles allowed).
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count) else { return false }
        return words.allSatisfy { word in
            if particles.contains(String(word)) { return true }
            guard let first = word.unicodeScalars.first else { return false }
            return opensName(first)
        }
    }

    /// Whether a word that starts with `scalar` may be part of a name: a capital letter, or a
    /// letter of a script without case (Han, kana, Hangul, Thai, Hebrew, Arabic).
    static func opensName(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isUppercase
            || (properties.isAlphabetic && !properties.isLowercase && !properties.changesWhenUppercased)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

/// `BylineParser.names(in:)` on the UTF-8 bytes of an ASCII line: what it finds in the byline
/// at the head of every article is found here at a tenth of the cost of Swift's string
/// operations (splitting, trimming, lower-casing, counting characters).
///
/// In ASCII every character is one byte, but for CR LF, which is one character; only a space
/// (0x20) is `" "`, only 0x09–0x0D and 0x20 are white space, only `A`–`Z` open a name.
extension BylineParser {
    enum ASCIIOutcome: Equatable {
        /// The line is no byline (decided on its ASCII first word when the rest is not ASCII).
        case notByline
        case names([String])
        /// The line holds other characters that the general path must judge.
        case notASCII
    }

    static func asciiNames(in line: String) -> ASCIIOutcome {
        var line = line
        return line.withUTF8 { asciiNames(in: $0) }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    static func asciiNames(in bytes: UnsafeBufferPointer<UInt8>) -> ASCIIOutcome {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] < 0x80, isSpace(bytes[start]) { start += 1 }
        guard start < end else { return .notByline }
        // The first word: a line whose ASCII first word is no opener is no byline whatever
        // follows (no opener holds a space or a colon, so the word the characters make, longer
        // only when a mark joins the space or colon to what follows, is no opener either).
        var space = start
        while space < end, bytes[space] != 0x20, bytes[space] != 0x3A {
            if bytes[space] >= 0x80 { return .notASCII }
            space += 1
        }
        guard space < end, space - start <= openerScalars else { return .notByline }
        if !openers.contains(lowercased(bytes[start..<space])) { return .notByline }
        for byte in bytes[space...] where byte >= 0x80 { return .notASCII }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var characters = end - start
        for index in start..<(end - 1) where bytes[index] == 0x0D && bytes[index + 1] == 0x0A { characters -= 1 }
        guard characters <= maximumLength else { return .notByline }
        // After the opener's spaces and colons, up to a line feed that is not part of CR LF.
        var restStart = space
        while restStart < end, bytes[restStart] == 0x20 || bytes[restStart] == 0x3A { restStart += 1 }
        var restEnd = restStart
        while restEnd < end, !(bytes[restEnd] == 0x0A && (restEnd == restStart || bytes[restEnd - 1] != 0x0D)) {
            restEnd += 1
        }
        guard restStart < restEnd, bytes[restStart] &- 0x41 < 26 else { return .notByline }
        var names: [String] = []
        var pieceStart = restStart
        while pieceStart < restEnd {
            var pieceEnd = pieceStart
            while pieceEnd < restEnd, bytes[pieceEnd] != 0x2C { pieceEnd += 1 }
            if pieceEnd > pieceStart {
                // `splitOnAnd`: the piece's words joined by single spaces, cut at conjunctions.
                var current: [UInt8] = []
                var wordStart = pieceStart
                while wordStart <= pieceEnd {
                    var wordEnd = wordStart
                    while wordEnd < pieceEnd, bytes[wordEnd] != 0x20 { wordEnd += 1 }
                    if wordEnd > wordStart {
                        let word = bytes[wordStart..<wordEnd]
                        if conjunctions.contains(string(word)) {
                            if !add(current, to: &names) { return .notByline }
                            current.removeAll(keepingCapacity: true)
                        } else {
                            if !current.isEmpty { current.append(0x20) }
                            current.append(contentsOf: word)
                        }
                    }
                    wordStart = wordEnd + 1
                }
                if !add(current, to: &names) { return .notByline }
            }
            pieceStart = pieceEnd + 1
        }
        return names.isEmpty ? .notByline : .names(names)
    }

    /// Adds one piece of the name list as `names(in:)` does: trimmed, left out when empty or
    /// an agency; `false` when it is no name (the line is then no byline).
    private static func add(_ piece: [UInt8], to names: inout [String]) -> Bool {
        piece.withUnsafeBufferPointer { piece in
            var start = 0
            var end = piece.count
            while start < end, isSpace(piece[start]) { start += 1 }
            while end > start, isSpace(piece[end - 1]) { end -= 1 }
            if start == end || agencies.contains(lowercased(piece[start..<end])) { return true }
            // `isName`: one to six words split at spaces, each a particle or capitalised.
            var words = 0
            var wordStart = start
            while wordStart < end {
                var wordEnd = wordStart
                while wordEnd < end, piece[wordEnd] != 0x20 { wordEnd += 1 }
                if wordEnd > wordStart {
                    words += 1
                    if words > 6 { return false }
                    if piece[wordStart] &- 0x41 >= 26 && !particles.contains(string(piece[wordStart..<wordEnd])) {
                        return false
                    }
                }
                wordStart = wordEnd + 1
            }
            guard words > 0 else { return false }
            names.append(string(piece[start..<end]))
            return true
        }
    }
}
