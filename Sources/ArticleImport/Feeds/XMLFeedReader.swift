import Foundation

/// Reads RSS 0.9x and 2.0, RSS 0.90 and 1.0 (RDF), Atom 0.3 and Atom 1.0 feeds parsed by
/// libxml2 into feed entries.
enum XMLFeedReader {
    static let atomNamespace = "http://www.w3.org/2005/Atom"
    /// The namespace of Atom 0.3, the draft that old blogs still serve.
    static let atom03Namespace = "http://purl.org/atom/ns#"
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"
    static let mediaNamespace = "http://search.yahoo.com/mrss/"
    static let iTunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd"
    /// The namespaces RSS 1.0 and RSS 0.90 (Netscape's RDF dialect) put their elements in.
    static let rdfNamespaces: Set<String> = ["http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"]

    /// The text of the feed `bytes`, in the encoding its server or XML declaration names,
    /// else UTF-8, else the one the detector finds.
    static func decode(_ bytes: [UInt8], format: InputFormat, contentType: String?) throws(ImportError)
        -> DecodedText
    {
        guard let document = DecodedText.decode(bytes, declarations: .xml, contentType: contentType) else {
            throw .unknownEncoding(format: format)
        }
        return document
    }

    /// The feed in `text`; `format` names the feed in error messages.
    static func read(_ text: String, format: InputFormat) throws(ImportError) -> FeedDocument {
        let root = try MarkupParser.xml(text, format: format)
        switch root.name {
        case "rss":
            guard let channel = root.child("channel") else {
                throw .malformed(format: format, line: 0, reason: "<rss> has no <channel>")
            }
            return FeedDocument(
                key: rssChild(channel, "link")?.text ?? rssChild(channel, "title")?.text,
                entries: channel.elements.filter { $0.name == "item" }.map { rssEntry($0, bases: [root, channel]) },
                title: rssChild(channel, "title")?.text)
        case "RDF":
            let channel = root.child("channel")
            return FeedDocument(
                key: channel.flatMap { rssChild($0, "link")?.text ?? rssChild($0, "title")?.text },
                entries: root.elements.filter { $0.name == "item" }.map { rssEntry($0, bases: [root]) },
                title: channel.flatMap { rssChild($0, "title")?.text })
        case "feed" where root.namespace == atomNamespace || root.namespace == atom03Namespace:
            return FeedDocument(
                key: root.child("id")?.text ?? alternateLink(root),
                entries: root.elements.filter { $0.name == "entry" }.map { atomEntry($0, bases: [root]) },
                title: root.child("title")?.text)
        default:
            let namespace = root.namespace.map { " in the namespace \($0)" } ?? ""
            throw .unsupportedDocument("an XML document with root element <\(root.name)>\(namespace)")
        }
    }

    /// The entry of an RSS `item`; `bases` are the elements around it, outermost first, whose
    /// `xml:base` resolves a relative link.
    static func rssEntry(_ item: MarkupElement, bases: [MarkupElement]) -> FeedEntry {
        var entry = FeedEntry()
        entry.title = rssChild(item, "title")?.text
        entry.link = resolved(nonEmpty(rssChild(item, "link")?.text), bases: bases + [item])
        entry.id = nonEmpty(rssChild(item, "guid")?.text)
        entry.authors = item.elements.filter { $0.name == "author" || $0.name == "creator" }.map(\.text)
        let date = rssChild(item, "pubDate") ?? item.child("date", namespace: dublinCoreNamespace)
        entry.publishedAt = date.flatMap { PublicationDate.parse($0.text) }
        let html = [item.child("encoded", namespace: contentNamespace), rssChild(item, "description")]
        if let body = html.compactMap({ $0 }).first(where: { !$0.text.isEmpty }) {
            entry.content = .html(rawText(body))
        } else if let summary = item.child("summary", namespace: iTunesNamespace), !summary.text.isEmpty {
            entry.content = .text(rawText(summary))
        } else if let media = item.descendants(where: { $0.name == "description" && $0.namespace == mediaNamespace })
            .first(where: { !$0.text.isEmpty })
        {
            // Media RSS descriptions are plain text unless `type="html"`.
            entry.content = media.attributes["type"] == "html" ? .html(rawText(media)) : .text(rawText(media))
        }
        return entry
    }

    /// The entry of an Atom `entry`; `bases` as for `rssEntry`.
    static func atomEntry(_ element: MarkupElement, bases: [MarkupElement]) -> FeedEntry {
        var entry = FeedEntry()
        entry.title = element.child("title")?.text
        entry.link = resolved(alternateLink(element), bases: bases + [element])
        entry.id = nonEmpty(element.child("id")?.text)
        entry.authors = element.elements.filter { $0.name == "author" }.compactMap { $0.child("name")?.text }
        // Atom 0.3 names the dates `issued`, `modified` and `created`.
        let date = ["published", "updated", "issued", "modified", "created"].lazy.compactMap { element.child($0) }.first
        entry.publishedAt = date.flatMap { PublicationDate.parse($0.text) }
        if let body = element.child("content") ?? element.child("summary") {
            if isHTML(body) {
                entry.content = .html(rawText(body))
            } else if ["xhtml", "application/xhtml+xml"].contains(body.attributes["type"]) {
                entry.content = .markup(body)
            } else {
                entry.content = .text(rawText(body))
            }
        }
        return entry
    }

    /// Whether an Atom text holds HTML as a string: Atom 1.0 `type="html"`, or markup that
    /// Atom 0.3 escaped (`mode="escaped"` with an HTML or XHTML type).
    static func isHTML(_ element: MarkupElement) -> Bool {
        let type = element.attributes["type"]
        if type == "html" || type == "text/html" { return true }
        return element.attributes["mode"] == "escaped" && type == "application/xhtml+xml"
    }

    /// The first child `name` outside any namespace (RSS 1.0 and 0.90 elements are in theirs):
    /// `<link>`, not an `<atom:link rel="self">` that feeds often put before it.
    static func rssChild(_ element: MarkupElement, _ name: String) -> MarkupElement? {
        element.elements.first { $0.name == name && ($0.namespace.map(rdfNamespaces.contains) ?? true) }
    }

    /// The `href` of the `rel="alternate"` (or rel-less) `<link>` of an Atom feed or entry.
    static func alternateLink(_ element: MarkupElement) -> String? {
        element.elements.first { $0.name == "link" && ($0.attributes["rel"] ?? "alternate") == "alternate" }?
            .attributes["href"]
    }

    /// `link` made absolute by the `xml:base` attributes of `bases` (outermost first, each
    /// relative to the one before); unchanged when it is absolute or no base applies.
    static func resolved(_ link: String?, bases: [MarkupElement]) -> String? {
        guard let link, URL(string: link)?.scheme == nil else { return link }
        var base: URL?
        for element in bases {
            guard let value = element.attributes["base"] else { continue }
            base = URL(string: value, relativeTo: base)?.absoluteURL ?? base
        }
        guard let base, base.scheme != nil else { return link }
        return URL(string: link, relativeTo: base)?.absoluteString ?? link
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
