/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds parsed by libxml2 into feed entries.
enum XMLFeedReader {
    static let atomNamespace = "http://www.w3.org/2005/Atom"
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"
    static let rss1Namespace = "http://purl.org/rss/1.0/"

    /// The feed in `bytes`; `format` names the feed in error messages.
    static func read(_ bytes: [UInt8], format: InputFormat) throws(ImportError) -> FeedDocument {
        let root = try MarkupParser.xml(bytes, format: format)
        switch root.name {
        case "rss":
            guard let channel = root.child("channel") else {
                throw .malformed(format: format, line: 0, reason: "<rss> has no <channel>")
            }
            return FeedDocument(
                key: rssChild(channel, "link")?.text ?? rssChild(channel, "title")?.text,
                entries: channel.elements.filter { $0.name == "item" }.map(rssEntry))
        case "RDF":
            let channel = root.child("channel")
            return FeedDocument(
                key: channel.flatMap { rssChild($0, "link")?.text ?? rssChild($0, "title")?.text },
                entries: root.elements.filter { $0.name == "item" }.map(rssEntry))
        case "feed" where root.namespace == atomNamespace:
            return FeedDocument(
                key: root.child("id")?.text ?? alternateLink(root),
                entries: root.elements.filter { $0.name == "entry" }.map(atomEntry))
        default:
            throw .malformed(format: format, line: 0, reason: "the root element is <\(root.name)>, not <rss> or <feed>")
        }
    }

    static func rssEntry(_ item: MarkupElement) -> FeedEntry {
        var entry = FeedEntry()
        entry.title = rssChild(item, "title")?.text
        entry.link = nonEmpty(rssChild(item, "link")?.text)
        entry.id = nonEmpty(rssChild(item, "guid")?.text)
        entry.authors = item.elements.filter { $0.name == "author" || $0.name == "creator" }.map(\.text)
        let date = rssChild(item, "pubDate") ?? item.child("date", namespace: dublinCoreNamespace)
        entry.publishedAt = date.flatMap { PublicationDate.parse($0.text) }
        if let html = item.child("encoded", namespace: contentNamespace) ?? rssChild(item, "description") {
            entry.content = .html(rawText(html))
        }
        return entry
    }

    static func atomEntry(_ element: MarkupElement) -> FeedEntry {
        var entry = FeedEntry()
        entry.title = element.child("title").map { title in
            title.attributes["type"] == "html"
                ? HTMLArticleExtractor.paragraphs(ofFragment: title.text).joined(
                    separator: " ") : title.text
        }
        entry.link = alternateLink(element)
        entry.id = nonEmpty(element.child("id")?.text)
        entry.authors = element.elements.filter { $0.name == "author" }.compactMap { $0.child("name")?.text }
        let date = element.child("published") ?? element.child("updated")
        entry.publishedAt = date.flatMap { PublicationDate.parse($0.text) }
        if let body = element.child("content") ?? element.child("summary") {
            switch body.attributes["type"] {
            case "html", "text/html": entry.content = .html(rawText(body))
            case "xhtml", "application/xhtml+xml": entry.content = .markup(body)
            default: entry.content = .text(rawText(body))
            }
        }
        return entry
    }

    /// The first child `name` outside any namespace (RSS 1.0 elements are in the RSS 1.0 one):
    /// `<link>`, not an `<atom:link rel="self">` that feeds often put before it.
    static func rssChild(_ element: MarkupElement, _ name: String) -> MarkupElement? {
        element.elements.first { $0.name == name && ($0.namespace == nil || $0.namespace == rss1Namespace) }
    }

    /// The `href` of the `rel="alternate"` (or rel-less) `<link>` of an Atom feed or entry.
    static func alternateLink(_ element: MarkupElement) -> String? {
        element.elements.first { $0.name == "link" && ($0.attributes["rel"] ?? "alternate") == "alternate" }?
            .attributes["href"]
    }

    /// The text of an element with its line breaks kept (for text and escaped HTML content).
    static func rawText(_ element: MarkupElement) -> String {
        element.children.reduce(into: "") { text, node in
            switch node {
            case .text(let content): text += content
            case .element(let child): text += rawText(child)
            }
        }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
