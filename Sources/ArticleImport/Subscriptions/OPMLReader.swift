/// Reads the feeds of an OPML 1.0 or 2.0 file: every outline with an `xmlUrl`, titled by
/// its `title` or `text`, tagged with the outlines it sits in (folders) and its `category`
/// attribute (comma-separated, `/a/b` paths kept without the first slash).
enum OPMLReader {
    /// The namespace of Dateline's own outline attribute `fullText`.
    static let namespace = "https://dateline.invalid/opml"

    static func read(_ bytes: [UInt8]) throws(ImportError) -> SubscriptionList {
        let root: MarkupElement
        do {
            root = try MarkupParser.xml(XMLFeedReader.decode(bytes, format: .rss, contentType: nil).text, format: .rss)
        } catch .malformed(_, let line, let reason) {
            throw .malformedSubscriptionList(line: line, reason: reason)
        }
        guard root.name == "opml", let body = root.child("body") else {
            throw .malformedSubscriptionList(
                line: 0, reason: "the root element is <\(root.name)>, not <opml> with a <body>")
        }
        var list = SubscriptionList()
        collect(body, folders: [], into: &list)
        return list
    }

    private static func collect(_ element: MarkupElement, folders: [String], into list: inout SubscriptionList) {
        for outline in element.elements where outline.name == "outline" {
            // Writers disagree on the case of attribute names (`xmlUrl`, `xmlurl`).
            let attributes = Dictionary(
                outline.attributes.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
            let text = attributes["title"] ?? attributes["text"]
            guard let url = attributes["xmlurl"]?.trimmingCharacters(in: .whitespaces) else {
                let folder = text?.trimmingCharacters(in: .whitespaces)
                collect(outline, folders: folders + (folder.map { $0.isEmpty ? [] : [$0] } ?? []), into: &list)
                continue
            }
            guard ArticleFetcher.isAddress(url) else {
                list.skipped.append(.init(line: 0, text: url, reason: "not an http or https address"))
                continue
            }
            let categories = (attributes["category"] ?? "").split(separator: ",").map {
                String($0.trimmingCharacters(in: .whitespaces).drop { $0 == "/" })
            }
            var tags: [String] = []
            for tag in folders + categories where !tag.isEmpty && !tags.contains(tag) { tags.append(tag) }
            let title = text.flatMap { $0.isEmpty || $0 == url ? nil : $0 }
            list.add(
                SubscriptionEntry(url: url, title: title, tags: tags, fullText: attributes["fulltext"] == "true"))
        }
    }
}
