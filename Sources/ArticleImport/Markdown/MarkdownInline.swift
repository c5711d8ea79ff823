/// Reduces Markdown inline markup to plain text: `*emphasis*`, `**strong**`, `_emphasis_`,
/// `` `code` `` and `~~strike~~` keep their text, `[text](url)` and `[text][ref]` keep the
/// text, `<https://…>` keeps the address, images and inline HTML tags disappear, and a
/// backslash escape keeps the escaped character.
enum MarkdownInline {
    /// The plain text of one block of inline Markdown.
    static func text(_ markdown: String) -> String {
        let characters = Array(markdown)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\"
            where index + 1 < characters.count
                && (characters[index + 1].isPunctuation || characters[index + 1].isSymbol):
                output.append(characters[index + 1])
                index += 2
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                if let link = link(in: characters, at: index + 1) {
                    index = link.end
                } else {
                    output.append(character)
                    index += 1
                }
            case "[":
                if let link = link(in: characters, at: index) {
                    output += text(String(characters[link.text]))
                    index = link.end
                } else {
                    output.append(character)
                    index += 1
                }
            case "<":
                if let close = characters[index...].firstIndex(of: ">"),
                    isTagOrAutolink(characters[(index + 1)..<close])
                {
                    let inside = String(characters[(index + 1)..<close])
                    if inside.contains("://") || inside.hasPrefix("mailto:") { output += inside }
                    index = close + 1
                } else {
                    output.append(character)
                    index += 1
                }
            case "*", "~", "`":
                index += 1
            case "_":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if before.isLetter && after.isLetter || before.isNumber && after.isNumber { output.append(character) }
                index += 1
            default:
                output.append(character)
                index += 1
            }
        }
        return output.collapsingWhitespace()
    }

    /// The ranges of a link `[text](url)` or `[text][ref]` starting at the `[` at `start`:
    /// the text inside the brackets and the index after the link.
    static func link(in characters: [Character], at start: Int) -> (text: Range<Int>, end: Int)? {
        var depth = 0
        var close: Int?
        for index in start..<characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 {
                    close = index
                    break
                }
            }
        }
        guard let close else { return nil }
        let next = close + 1
        let pairs: [Character: Character] = ["(": ")", "[": "]"]
        guard next < characters.count, let closer = pairs[characters[next]],
            let end = characters[next...].firstIndex(of: closer)
        else { return nil }
        return ((start + 1)..<close, end + 1)
    }

    /// Whether the text between `<` and `>` is an HTML tag or an autolink, not a comparison.
    static func isTagOrAutolink(_ inside: ArraySlice<Character>) -> Bool {
        guard let first = inside.first else { return false }
        return (first.isLetter || first == "/" || first == "!") && !inside.contains(" ") || inside.contains("://")
            || (first.isLetter && inside.contains("="))
    }
}
