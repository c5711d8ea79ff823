import Foundation

/// Splits Markdown lines into blocks: headings, paragraphs, list items, fenced code and
/// block quotes (quoted like HTML `<blockquote>`); link reference definitions and
/// thematic breaks are dropped.
enum MarkdownBlockScanner {
    /// The blocks of `lines`, each with its inline markup reduced to text.
    static func blocks(of lines: [String]) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var paragraph: [String] = []
        var quote: [String] = []
        var fence: (marker: String, lines: [String])?

        func endParagraph() {
            if !paragraph.isEmpty {
                blocks.append(MarkdownBlock(text: MarkdownInline.text(paragraph.joined(separator: " "))))
            }
            paragraph = []
        }
        func endQuote() {
            guard !quote.isEmpty else { return }
            let inner = Self.blocks(of: quote).map(\.text).filter { !$0.isEmpty }
            blocks += HTMLParagraphCollector.quoted(inner).map { MarkdownBlock(text: $0) }
            quote = []
        }

        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed.hasPrefix(open.marker) {
                    let code = open.lines.joined(separator: " ").collapsingWhitespace()
                    if !code.isEmpty { blocks.append(MarkdownBlock(text: code)) }
                    fence = nil
                } else {
                    fence?.lines.append(line)
                }
                continue
            }
            if trimmed.hasPrefix(">") {
                endParagraph()
                let inner = trimmed.dropFirst()
                quote.append(String(inner.hasPrefix(" ") ? inner.dropFirst() : inner))
                continue
            }
            endQuote()
            if trimmed.isEmpty {
                endParagraph()
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                endParagraph()
                fence = (String(trimmed.prefix(3)), [])
            } else if let level = headingLevel(trimmed) {
                endParagraph()
                let text = trimmed.dropFirst(level).trimmingCharacters(in: CharacterSet(charactersIn: "# "))
                blocks.append(MarkdownBlock(text: MarkdownInline.text(text), isHeading: true))
            } else if isSetextUnderline(trimmed), paragraph.count == 1 {
                blocks.append(MarkdownBlock(text: MarkdownInline.text(paragraph[0]), isHeading: true))
                paragraph = []
            } else if isThematicBreak(trimmed) || isReferenceDefinition(trimmed) {
                endParagraph()
            } else if let item = listItemText(trimmed) {
                endParagraph()
                paragraph = [item]
            } else {
                paragraph.append(trimmed)
            }
        }
        if let open = fence { paragraph += open.lines }
        endParagraph()
        endQuote()
        return blocks
    }

    /// The level of an ATX heading (`## Text` is 2), or `nil`.
    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.hasPrefix(" ") ? hashes : nil
    }

    static func isSetextUnderline(_ line: String) -> Bool {
        !line.isEmpty && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
    }

    static func isThematicBreak(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `[label]: https://…`
    static func isReferenceDefinition(_ line: String) -> Bool {
        line.hasPrefix("[") && line.contains("]:")
    }

    /// The text of a list item line (`- text`, `* text`, `+ text`, `1. text`, `1) text`), or `nil`.
    static func listItemText(_ line: String) -> String? {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { return String(line.dropFirst(2)) }
        let digits = line.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return String(rest.dropFirst(2))
    }
}
