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

    /// A name is one to six words, each starting with a capital letter (particles allowed).
    static func isName(_ text: String) -> Bool {
        let particles: Set<String> = [
            "de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "bin", "al", "el", "dos", "das", "do",
            "ten", "ter", "y",
        ]
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
