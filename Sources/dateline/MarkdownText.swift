/// Text from an article made safe to place inside one line of Markdown.
///
/// A field of an article (title, byline, source, note, a quotation, a speaker) is the
/// article author's text: a line break in it would start a Markdown line of their choosing
/// (a fake `> “…” — Someone` quotation), and `*`, `[`, `<` and friends would format or link.
/// Line breaks become spaces and every character that Markdown gives a meaning inside a line
/// is escaped with a backslash, as are the ones that start a block at the start of the field.
enum MarkdownText {
    /// Characters that format, link or open HTML anywhere in a line.
    private static let inlineSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!"]
    /// Characters that start a list or a heading underline when they open a line.
    private static let blockStart: Set<Character> = ["-", "+", "=", "."]

    /// `text` as one line of literal Markdown text.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var atStart = true
        for character in text {
            if character.isNewline {
                if !result.hasSuffix(" ") { result.append(" ") }
                continue
            }
            if inlineSpecial.contains(character) || (atStart && blockStart.contains(character)) {
                result.append("\\")
            }
            result.append(character)
            // "1." and "1)" open an ordered list: the first non-digit after leading digits.
            atStart = atStart && character.isASCII && character.isNumber
        }
        return result
    }
}
