import CCMark

/// Reads a Markdown document into plain-text blocks through cmark, the CommonMark reference
/// parser: headings, paragraphs (each list item's), code and HTML blocks, and block quotes
/// (quoted like HTML `<blockquote>`); thematic breaks and link reference definitions are gone.
///
/// Inline markup keeps its text (emphasis, code spans, links, autolinks), images and inline
/// HTML disappear, entities and backslash escapes are decoded, and `~~strike~~` (not
/// CommonMark, but common in notes) keeps its text. The tree is walked with cmark's iterator,
/// so deep nesting costs no stack.
enum MarkdownBlockReader {
    /// The blocks of `markdown`, in document order; blocks without text are left out.
    static func blocks(of markdown: String) -> [MarkdownBlock] {
        var utf8 = Array(markdown.utf8)
        guard
            let document = utf8.withUnsafeMutableBufferPointer({ buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT)
                }
            })
        else { return [] }
        defer { cmark_node_free(document) }
        utf8 = []
        var reader = Walk()
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            reader.visit(node, entering: event == CMARK_EVENT_ENTER)
        }
        return reader.blocks
    }

    /// The state of one walk over a document's nodes.
    private struct Walk {
        var blocks: [MarkdownBlock] = []
        /// The inline text of the paragraph or heading being read.
        var text = ""
        /// How many images the walk is inside: their alternative text is dropped.
        var imageDepth = 0
        /// For each open block quote, the number of blocks before it.
        var quoteStarts: [Int] = []

        mutating func visit(_ node: OpaquePointer, entering: Bool) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if entering {
                    text = ""
                } else {
                    let isHeading = cmark_node_get_type(node) == CMARK_NODE_HEADING && quoteStarts.isEmpty
                    append(Self.droppingStrikethrough(text), isHeading: isHeading)
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if imageDepth == 0 { text += Self.literal(node) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if imageDepth == 0 { text += " " }
            case CMARK_NODE_IMAGE:
                imageDepth += entering ? 1 : -1
            case CMARK_NODE_CODE_BLOCK:
                append(Self.literal(node), isHeading: false)
            case CMARK_NODE_HTML_BLOCK:
                append(Self.droppingTags(Self.literal(node)), isHeading: false)
            case CMARK_NODE_BLOCK_QUOTE:
                if entering {
                    quoteStarts.append(blocks.count)
                } else if let start = quoteStarts.popLast() {
                    quote(from: start)
                }
            default:
                break
            }
        }

        /// Adds a block of `text` with its white space collapsed, unless it has no text.
        mutating func append(_ text: String, isHeading: Bool) {
            let collapsed = text.collapsingWhitespace()
            if !collapsed.isEmpty { blocks.append(MarkdownBlock(text: collapsed, isHeading: isHeading)) }
        }

        /// Adds quotation marks to the blocks from `start` on, the paragraphs of one block quote.
        /// A quote already quoted (an inner block quote) is left alone without copying it, so
        /// deeply nested quotes cost one check per level.
        mutating func quote(from start: Int) {
            guard start < blocks.count, let first = blocks[start].text.first,
                !HTMLParagraphCollector.quotationMarks.contains(first)
            else { return }
            let quoted = HTMLParagraphCollector.quoted(blocks[start...].map(\.text))
            blocks.replaceSubrange(start..., with: quoted.map { MarkdownBlock(text: $0) })
        }

        /// The literal text of a text, code, code block or HTML node.
        static func literal(_ node: OpaquePointer) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }

        /// The text of an HTML block without its tags and comments.
        static func droppingTags(_ html: String) -> String {
            var text = ""
            var inTag = false
            for character in html {
                switch character {
                case "<": inTag = true
                case ">" where inTag:
                    inTag = false
                    text.append(" ")
                default: if !inTag { text.append(character) }
                }
            }
            return text
        }

        /// The text with `~~strike~~` delimiters removed (GitHub's strikethrough keeps its text).
        static func droppingStrikethrough(_ text: String) -> String {
            guard text.contains("~~") else { return text }
            let parts = text.components(separatedBy: "~~")
            // An odd number of delimiters leaves the last one as written.
            let paired = parts.count % 2 == 1 ? parts.count : parts.count - 1
            return parts[..<paired].joined() + (paired < parts.count ? "~~" + parts[paired] : "")
        }
    }
}
