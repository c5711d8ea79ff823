import Foundation

/// Decides the format of an input from its content, then its media type, then its name.
///
/// Content wins because saved files are often misnamed (`page.txt` holding HTML, `feed.xml`
/// holding Atom) and servers send feeds as `text/html`; the media type and the extension
/// only decide between Markdown and plain text, or when the content says nothing.
public enum InputFormatDetector {
    /// How many leading bytes are inspected.
    static let sniffLength = 4_096

    /// The format of `bytes`, given an optional `path` (or URL) and HTTP `contentType`.
    public static func detect(_ bytes: [UInt8], path: String? = nil, contentType: String? = nil) -> InputFormat {
        if let format = contentFormat(bytes) { return format }
        let media = contentType.map(mediaType) ?? ""
        switch media {
        case "text/html", "application/xhtml+xml": return .html
        case "application/rss+xml": return .rss
        case "application/atom+xml": return .atom
        case "application/feed+json": return .jsonFeed
        case "text/markdown", "text/x-markdown": return .markdown
        default: break
        }
        let name = (path ?? "").lowercased()
        if name.hasSuffix(".md") || name.hasSuffix(".markdown") || looksLikeMarkdown(start(of: bytes)) {
            return .markdown
        }
        if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return .html }
        if name.hasSuffix(".json") { return .jsonFeed }
        return .text
    }

    /// The format the content itself declares (a JSON Feed version, an HTML, RSS or Atom
    /// root element), or `nil` when it declares none.
    public static func contentFormat(_ bytes: [UInt8]) -> InputFormat? {
        let start = start(of: bytes)
        if start.hasPrefix("{") { return start.contains("jsonfeed.org/version/") ? .jsonFeed : nil }
        if start.hasPrefix("<") { return markupFormat(start) }
        return nil
    }

    /// Whether a `Content-Type` names something that may hold an article: text, HTML, XML or
    /// JSON (or no type at all), not an image, archive or program.
    public static func isTextual(contentType: String?) -> Bool {
        guard let contentType else { return true }
        let media = mediaType(contentType)
        return media.isEmpty || media.hasPrefix("text/") || media.hasSuffix("xml") || media.hasSuffix("json")
    }

    /// The first bytes, ASCII letters lowercased, from the first character that is not white
    /// space or a BOM; only that character when it cannot begin any marker looked for.
    ///
    /// Only ASCII is lowercased: every marker looked for is ASCII, and Unicode lowercasing of
    /// 4 KB cost more than parsing the article it belongs to.
    static func start(of bytes: [UInt8]) -> Substring {
        let first = bytes.firstIndex { !(0x09...0x0D).contains($0) && $0 != 0x20 }
        if let first, bytes[first] < 0x80, !markerStarts.contains(bytes[first]) {
            // Most articles start with a letter: no need to decode 4 KB to learn nothing.
            return Substring(String(decoding: bytes[first...first], as: UTF8.self))
        }
        let lowered = bytes.prefix(sniffLength).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let head = String(decoding: lowered, as: UTF8.self)
        return head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
    }

    /// The first bytes of the markers `contentFormat` and `looksLikeMarkdown` look for.
    private static let markerStarts = Set("{<-#".utf8)

    /// The media type of a `Content-Type` value, lowercased and without parameters.
    static func mediaType(_ contentType: String) -> String {
        let type = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// HTML, RSS or Atom by the first element of markup, or `nil` when it is neither.
    static func markupFormat(_ lowered: Substring) -> InputFormat? {
        var rest = lowered
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("?") || rest.hasPrefix("!--") {
                // An XML declaration, a processing instruction or a comment before the root.
                guard let close = rest.range(of: rest.hasPrefix("?") ? "?>" : "-->") else { return nil }
                rest = rest[close.upperBound...]
                continue
            }
            if rest.hasPrefix("!doctype html") { return .html }
            if rest.hasPrefix("!doctype rss") { return .rss }
            if rest.hasPrefix("!") {
                // A doctype (its internal subset may hold `>`) or another declaration.
                let subset = rest.firstIndex(of: "[").map { open in rest.firstIndex(of: ">").map { open < $0 } ?? true }
                guard let close = rest.range(of: subset == true ? "]>" : ">") else { return nil }
                rest = rest[close.upperBound...]
                continue
            }
            let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == ":" })
            switch name {
            case "rss", "rdf:rdf": return .rss
            case "feed": return rest.contains("http://www.w3.org/2005/atom") ? .atom : nil
            case "html", "head", "body", "article", "main", "div", "p", "meta", "title", "section", "h1", "header":
                return .html
            default: return nil
            }
        }
        return nil
    }

    /// Front matter (`---` then `key: value`) or an ATX heading on the first line.
    static func looksLikeMarkdown(_ start: Substring) -> Bool {
        if start.hasPrefix("---\n") || start.hasPrefix("---\r\n") {
            let second = start.dropFirst(4).prefix(while: { $0 != "\n" })
            return second.contains(":")
        }
        return start.hasPrefix("# ")
    }
}
