import ArticleAnalysis

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
        try parse(text: decode(bytes).text, source: source)
    }

    /// The text of a plain-text (or Markdown) file: UTF-8, else UTF-16 or UTF-32 with a
    /// byte order mark, else the encoding the detector finds (`DecodedText`), which the import
    /// report then names. Empty, binary and oversized files are refused as `TextDecoder` says.
    static func decode<Bytes: Collection>(_ bytes: Bytes) throws(ArticleInputError) -> DecodedText
    where Bytes.Element == UInt8 {
        do {
            return DecodedText(text: try TextDecoder.decode(bytes), encoding: "UTF-8", evidence: .validUTF8)
        } catch {
            let bytes = Array(bytes)
            // UTF-16 and UTF-32 text looks binary (it is full of NUL bytes) but opens with its mark.
            let hasMark = DecodedText.byteOrderMarks.contains { $0.1 != "UTF-8" && bytes.starts(with: $0.0) }
            switch error {
            case .binary where hasMark, .notUTF8:
                guard let document = DecodedText.decode(bytes, declarations: .none) else { throw error }
                return document
            default:
                throw error
            }
        }
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
    ///
    /// Works on UTF-8 bytes: CR, LF and tab never occur inside a multi-byte sequence, and a
    /// line that starts and ends with visible ASCII needs no trimming, so only the other
    /// lines pay for Unicode white-space checks. A line is copied from a slice of `text`,
    /// which is valid already, rather than decoded (and checked) again from its bytes.
    static func normalisedLines(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        let source = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var lineStart = 0
            var hasTab = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // One comparison for most bytes: tab, LF and CR are all below 0x0E.
                if byte <= 0x0D {
                    if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                        lines.append(line(lineStart..<index, of: source, bytes: bytes, hasTab: hasTab))
                        if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                            index += 1
                        }
                        lineStart = index + 1
                        hasTab = false
                    } else if byte == UInt8(ascii: "\t") {
                        hasTab = true
                    }
                }
                index += 1
            }
            lines.append(line(lineStart..<bytes.count, of: source, bytes: bytes, hasTab: hasTab))
            return lines
        }
    }

    /// The line at UTF-8 offsets `range` of `text` (whose bytes are `bytes`), tabs turned into
    /// spaces, outer spaces trimmed; `hasTab` tells whether the line holds a tab.
    static func line(_ range: Range<Int>, of text: String, bytes: UnsafeBufferPointer<UInt8>, hasTab: Bool) -> String {
        let tab = UInt8(ascii: "\t")
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let line: String
        if hasTab {
            line = String(decoding: slice.map { $0 == tab ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        } else {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            line = String(text.unicodeScalars[start..<utf8.index(start, offsetBy: range.count)])
        }
        guard let first = slice.first, let last = slice.last else { return line }
        let visibleASCII = UInt8(0x21)...UInt8(0x7E)
        if visibleASCII.contains(first) && visibleASCII.contains(last) { return line }
        let scalars = line.unicodeScalars
        guard let start = scalars.firstIndex(where: { !UnicodeWhiteSpace.contains($0.value) }) else { return "" }
        let end = scalars.lastIndex(where: { !UnicodeWhiteSpace.contains($0.value) })!
        if start == scalars.startIndex && scalars.index(after: end) == scalars.endIndex { return line }
        // Through `Substring`: one copy of the bytes, not one append per scalar.
        return String(Substring(scalars[start...end]))
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
                if !block.isEmpty { paragraphs.append(joined(block)) }
                block.removeAll(keepingCapacity: true)
            } else {
                block.append(line)
            }
        }
        if !block.isEmpty { paragraphs.append(joined(block)) }
        return paragraphs
    }

    /// The lines of a block joined with a space; a block of one line (most paragraphs) is
    /// that line, not a copy of it.
    private static func joined(_ block: [String]) -> String {
        block.count == 1 ? block[0] : block.joined(separator: " ")
    }
}
