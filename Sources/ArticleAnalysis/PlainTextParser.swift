/// Parses a plain-text article: the title on the first non-empty line, an optional byline
/// (`By NAME`) right after the title or at the end, and paragraphs either one per line or
/// separated by blank lines.
public enum PlainTextParser {
    /// The longest line accepted as a title.
    public static let maximumTitleLength = 2_000

    /// Decodes and parses raw bytes.
    public static func parse<Bytes: Collection>(bytes: Bytes, source: String? = nil) throws(ArticleInputError)
        -> Article
    where Bytes.Element == UInt8 {
        try parse(text: TextDecoder.decode(bytes), source: source)
    }

    /// Parses already decoded text.
    public static func parse(text: String, source: String? = nil) throws(ArticleInputError) -> Article {
        var lines = normalisedLines(text)
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else { throw .empty }
        let title = lines[titleIndex]
        let titleLength = title.unicodeScalars.count
        if titleLength > maximumTitleLength { throw .titleTooLong(length: titleLength, limit: maximumTitleLength) }

        var body = Array(lines[(titleIndex + 1)...])
        var bylines: [String] = []
        if let first = body.firstIndex(where: { !$0.isEmpty }), let names = BylineParser.names(in: body[first]) {
            bylines = names
            body.removeSubrange(...first)
        } else if let last = body.last, let names = BylineParser.names(in: last) {
            bylines = names
            body.removeLast()
        }
        let paragraphs = paragraphs(of: body)
        if paragraphs.isEmpty { throw .noBody }
        return Article(title: title, bylines: bylines, paragraphs: paragraphs, source: source)
    }

    /// Lines with CRLF and CR turned into LF, tabs into spaces and outer spaces trimmed.
    static func normalisedLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(String(current).trimmingSpaces())
                current = String.UnicodeScalarView()
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR {
                    lines.append(String(current).trimmingSpaces())
                    current = String.UnicodeScalarView()
                }
            case "\t":
                current.append(" ")
            default:
                current.append(scalar)
            }
            previousWasCR = false
        }
        lines.append(String(current).trimmingSpaces())
        return lines
    }

    /// Blank-line separated blocks when the body has blank lines between text, else one
    /// paragraph per line. Lines of one block are joined with a space.
    static func paragraphs(of lines: [String]) -> [String] {
        let text = lines.drop(while: \.isEmpty)
        let hasBlankSeparator = text.contains(where: \.isEmpty)
        guard hasBlankSeparator else { return text.filter { !$0.isEmpty } }
        var paragraphs: [String] = []
        var block: [String] = []
        for line in text {
            if line.isEmpty {
                if !block.isEmpty { paragraphs.append(block.joined(separator: " ")) }
                block = []
            } else {
                block.append(line)
            }
        }
        if !block.isEmpty { paragraphs.append(block.joined(separator: " ")) }
        return paragraphs
    }
}
