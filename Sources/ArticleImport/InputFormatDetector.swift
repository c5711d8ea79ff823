import ArticleAnalysis
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
    ///
    /// Throws `unsupportedDocument` for XML or JSON that is no format Dateline reads (an
    /// OPML list, a sitemap, an API answer): read as text, its markup would become an article.
    public static func detect(_ bytes: [UInt8], path: String? = nil, contentType: String? = nil) throws(ImportError)
        -> InputFormat
    {
        // Found once for every marker below: found for each, detecting cost the benchmark
        // 24,000 instructions an article instead of 13,000.
        let start = start(of: bytes)
        // Every marker looked for in the content opens with one of `markerStarts`: a text that
        // opens with anything else (most articles) is decided by its media type and name, and
        // the markers' eight `hasPrefix` tests cost it 4,000 instructions.
        let mayOpenWithMarker = start.utf8.first.map(markerStarts.contains) ?? false
        if mayOpenWithMarker, let format = contentFormat(start: start) { return format }
        let media = contentType.map(mediaType) ?? ""
        let name = (path ?? "").lowercased()
        let namedHTML = [".html", ".htm", ".xhtml"].contains { name.hasSuffix($0) }
        // A page served or saved as HTML goes to the forgiving HTML parser, whatever it opens with.
        if mayOpenWithMarker, media != "text/html", media != "application/xhtml+xml", !namedHTML,
            let kind = unsupportedKind(bytes, start: start)
        {
            throw .unsupportedDocument(kind)
        }
        switch media {
        case "text/html", "application/xhtml+xml": return .html
        case "application/rss+xml": return .rss
        case "application/atom+xml": return .atom
        case "application/feed+json": return .jsonFeed
        case "text/markdown", "text/x-markdown": return .markdown
        default: break
        }
        if name.hasSuffix(".md") || name.hasSuffix(".markdown") || (mayOpenWithMarker && looksLikeMarkdown(start)) {
            return .markdown
        }
        if namedHTML { return .html }
        if name.hasSuffix(".json") { return .jsonFeed }
        return .text
    }

    /// The format the content itself declares (a JSON Feed version, an HTML, RSS or Atom
    /// root element), or `nil` when it declares none.
    public static func contentFormat(_ bytes: [UInt8]) -> InputFormat? {
        contentFormat(start: start(of: bytes))
    }

    /// `contentFormat` of the bytes whose `start(of:)` is `start`.
    static func contentFormat(start: Substring) -> InputFormat? {
        if start.hasPrefix("{") { return start.contains("jsonfeed.org/version/") ? .jsonFeed : nil }
        if start.hasPrefix("<") { return markupFormat(start) }
        return nil
    }

    /// What `bytes` are when they are XML or JSON of a kind no reader takes ("an XML
    /// document with root element <opml>", "JSON that is not a JSON Feed"), or `nil`.
    ///
    /// Markup counts as XML when it opens with an XML declaration, or with an element and
    /// closes some element in the first bytes, so a text that opens with `<3` stays text.
    /// `start` is `start(of: bytes)`.
    static func unsupportedKind(_ bytes: [UInt8], start: Substring) -> String? {
        if start.hasPrefix("{") || start.hasPrefix("[") {
            let isJSON = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
            return isJSON ? "JSON that is not a JSON Feed" : nil
        }
        guard start.hasPrefix("<") else { return nil }
        let name = rootName(start)
        if let name, !name.hasPrefix("!"), start.contains("</") || start.contains("/>") {
            return "an XML document with root element <\(name)>"
        }
        return start.hasPrefix("<?xml") ? "an XML document without a root element in its first bytes" : nil
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
        if let first, let scalar = firstScalar(of: bytes[first...]), scalar != "\u{FEFF}",
            !UnicodeWhiteSpace.contains(scalar.value)
        {
            // A title in another script or opening with a curly quote: no marker is in
            // it either (they are ASCII), and it is no white space or BOM to skip.
            return Substring(String(scalar))
        }
        let lowered = bytes.prefix(sniffLength).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let head = String(decoding: lowered, as: UTF8.self)
        return head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
    }

    /// The scalar that `bytes` open with when it is beyond ASCII and valid UTF-8, else `nil`.
    private static func firstScalar(of bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        guard let lead = bytes.first, lead >= 0x80 else { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return scalar
    }

    /// The first bytes of the markers `contentFormat`, `unsupportedKind` and `looksLikeMarkdown`
    /// look for.
    private static let markerStarts = Set("{[<-#".utf8)

    /// The media type of a `Content-Type` value, lowercased and without parameters.
    static func mediaType(_ contentType: String) -> String {
        let type = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// HTML, RSS or Atom by the first element of markup, or `nil` when it is neither.
    static func markupFormat(_ lowered: Substring) -> InputFormat? {
        guard let name = rootName(lowered) else { return nil }
        switch name {
        case "rss", "rdf:rdf", "!doctype rss": return .rss
        case "feed":
            // Atom 1.0, or Atom 0.3 (`http://purl.org/atom/ns#`), which old blogs still serve.
            return atomNamespaces.contains { lowered.contains($0) } ? .atom : nil
        default: return name == "!doctype html" || htmlElements.contains(name) ? .html : nil
        }
    }

    /// The lowercased namespaces of Atom 1.0 and Atom 0.3 feeds.
    static let atomNamespaces = ["http://www.w3.org/2005/atom", "http://purl.org/atom/ns#"]

    /// Elements that open HTML pages and fragments, saved or served without a doctype.
    static let htmlElements: Set<Substring> = [
        "html", "head", "body", "article", "main", "div", "p", "meta", "title", "section", "h1", "h2", "h3", "header",
        "script", "link", "style", "table", "span", "a", "b", "i", "em", "strong", "ul", "ol", "br", "img", "form",
        "nav", "footer", "iframe", "center", "font", "base", "noscript", "pre", "blockquote", "figure", "aside", "hr",
    ]

    /// The lowercased name of the first element of markup (`!doctype html` and `!doctype rss`
    /// stand for theirs), skipping declarations, comments and other doctypes; `nil` when the
    /// first bytes hold none.
    static func rootName(_ lowered: Substring) -> Substring? {
        var rest = lowered
        // Only white space may come between the declarations, comments and the root.
        while rest.first == "<" {
            rest = rest.dropFirst()
            if rest.hasPrefix("?") || rest.hasPrefix("!--") {
                // An XML declaration, a processing instruction or a comment before the root.
                guard let close = rest.range(of: rest.hasPrefix("?") ? "?>" : "-->") else { return nil }
                rest = rest[close.upperBound...].drop(while: \.isWhitespace)
                continue
            }
            for doctype in ["!doctype html", "!doctype rss"] where rest.hasPrefix(doctype) {
                return rest.prefix(doctype.count)
            }
            if rest.hasPrefix("!") {
                // A doctype (its internal subset may hold `>`) or another declaration.
                let subset = rest.firstIndex(of: "[").map { open in rest.firstIndex(of: ">").map { open < $0 } ?? true }
                guard let close = rest.range(of: subset == true ? "]>" : ">") else { return nil }
                rest = rest[close.upperBound...].drop(while: \.isWhitespace)
                continue
            }
            guard rest.first?.isLetter == true else { return nil }
            return rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" || $0 == "." }
            )
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
