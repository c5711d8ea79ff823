import ArticleAnalysis
import Foundation

/// One item of an RSS, Atom or JSON feed, as the feed parsers read it, before it becomes an
/// article.
struct FeedEntry {
    /// The body of an entry in the form the feed gives it.
    enum Content {
        /// An HTML string (RSS `description`, `content:encoded`, Atom `type="html"`, JSON `content_html`).
        case html(String)
        /// Inline XHTML elements (Atom `type="xhtml"`).
        case markup(MarkupElement)
        /// Plain text (Atom `type="text"`, JSON `content_text`).
        case text(String)
    }

    var title: String?
    var link: String?
    var id: String?
    var authors: [String] = []
    var publishedAt: Date?
    var content: Content?

    /// The article of this entry, or `nil` when it has neither title nor text.
    ///
    /// `feedKey` names the feed (its link or id) and makes a guid that is not already
    /// globally unique (`42` rather than a URL or `tag:` URI) unique to its feed.
    func article(feedKey: String, source: String?) -> Article? {
        var title = title.map(Self.plainTitle) ?? ""
        var paragraphs: [String] = []
        var bylines = authors.flatMap { Self.authorNames($0) }
        switch content {
        case .html(let html):
            paragraphs = HTMLArticleExtractor.paragraphs(ofFragment: html)
        case .markup(let element):
            paragraphs = HTMLParagraphCollector.paragraphs(of: element, dropLinkLists: false)
        case .text(let text):
            // The plain-text parser finds the paragraphs and a byline line; the title goes first.
            let parsed = try? PlainTextParser.parse(text: title.isEmpty ? text : title + "\n\n" + text)
            title = parsed?.title ?? title
            paragraphs = parsed?.paragraphs ?? []
            if bylines.isEmpty { bylines = parsed?.bylines ?? [] }
        case nil:
            break
        }
        if title.isEmpty, let first = paragraphs.first {
            title = first
            paragraphs.removeFirst()
        }
        if let first = paragraphs.first, let names = BylineParser.names(in: first) {
            if bylines.isEmpty { bylines = names }
            paragraphs.removeFirst()
        }
        guard !title.isEmpty, !paragraphs.isEmpty,
            title.unicodeScalars.count <= PlainTextParser.maximumTitleLength
        else { return nil }
        let key = id ?? link
        let guid = key.map { $0.contains(":") ? $0 : feedKey + "#" + $0 }
        return Article(
            title: title, bylines: bylines, paragraphs: paragraphs, source: link ?? source, publishedAt: publishedAt,
            guid: guid)
    }

    /// A title as a reader expects it. Feeds escape titles once more than XML asks
    /// (`&amp;#x26;`, `&lt;b&gt;`, Atom `type="html"`), so a title that still holds `&` or `<`
    /// is read as HTML: its entities decoded, its tags dropped.
    ///
    /// Entities left after that (`&amp;amp;#x26;` escaped three times) are decoded once more,
    /// at most twice: a reader never expects to see `&#x26;` in a headline.
    static func plainTitle(_ text: String) -> String {
        var title = text.collapsingWhitespace()
        for _ in 0..<3 where title.contains("&") || title.contains("<") {
            let decoded = HTMLArticleExtractor.paragraphs(ofFragment: title).joined(separator: " ")
            guard decoded != title else { break }
            title = decoded
        }
        return title
    }

    /// Author names from an RSS `author` (`jane@example.org (Jane Doe)`), `dc:creator` or a name.
    static func authorNames(_ text: String) -> [String] {
        var name = text
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            name = String(text[text.index(after: open)..<close])
        } else if text.contains("@") && !text.contains(" ") {
            return []
        }
        return HTMLMetadata.names(name) ?? []
    }
}
