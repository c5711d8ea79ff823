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
        if isLiteral(text) { return text }
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

    /// Whether `text` needs no escape and no line break replaced: none of the bytes of
    /// `inlineSpecial` or of a line break anywhere, and no digit or `blockStart` byte first.
    /// The bytes tell, as all of them are ASCII but U+0085, U+2028 and U+2029; most quotations
    /// pass, and are not read a `Character` at a time (half of `export` on an article of
    /// 400,000 quotations).
    private static func isLiteral(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first else { return true }
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || blockStartBytes[Int(first)] { return false }
            for (index, byte) in bytes.enumerated() {
                if specialBytes[Int(byte)] { return false }
                // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return false }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    (0xA8...0xA9).contains(bytes[index + 2])
                {
                    return false
                }
            }
            return true
        }
    }

    /// For each byte, whether it is the one byte of an `inlineSpecial` character or of an
    /// ASCII line break (U+000A–U+000D).
    private static let specialBytes: [Bool] = table(inlineSpecial.flatMap(\.utf8) + [0x0A, 0x0B, 0x0C, 0x0D])
    /// For each byte, whether it is the one byte of a `blockStart` character.
    private static let blockStartBytes: [Bool] = table(blockStart.flatMap(\.utf8))

    private static func table(_ bytes: [UInt8]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in bytes { table[Int(byte)] = true }
        return table
    }
}
