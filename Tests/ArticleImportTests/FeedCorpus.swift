import Foundation

@testable import ArticleImport

/// Generates small feeds of every dialect, escaping style and encoding Dateline reads, and a
/// few it must refuse (truncated XML, an OPML list), deterministically from a seed.
struct FeedCorpus {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    /// A random number below `bound` (xorshift).
    private mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    private mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }

    static let words = [
        "harbour", "council", "ferry", "tide", "market", "library", "orchard", "bridge", "school", "river", "station",
        "budget", "festival", "lantern", "quay", "storm", "museum", "tram", "garden", "mayor", "workers", "island",
    ]

    /// A sentence of `count` words, capitalised, with a full stop.
    private mutating func sentence(_ count: Int) -> String {
        let words = (0..<count).map { _ in pick(Self.words) }.joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst() + "."
    }

    /// The name and bytes of the feed numbered `index`.
    mutating func feed(_ index: Int) -> (String, [UInt8]) {
        let title = String(sentence(4 + next(5)).dropLast()) + " \(index)"
        let paragraphs = (0..<(1 + next(3))).map { _ in sentence(8 + next(10)) }
        let html = paragraphs.map { "<p>\($0) <em>\(pick(Self.words))</em> &amp; \(pick(Self.words))</p>" }.joined()
        let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let body = pick(["<![CDATA[\(html)]]>", escaped, paragraphs.joined(separator: " ")])
        let shownTitle = pick([
            String(title), title.replacingOccurrences(of: " ", with: " &amp;amp; ", options: [], range: nil),
            "&lt;b&gt;\(title)&lt;/b&gt;", "\(title) &#x2014; &#8220;update&#8221;",
        ])
        let date = pick([
            "Sun, 01 Mar 2026 08:30:00 GMT", "1 Mar 2026 08:30 +0100", "2026-03-01T08:30:00Z", "yesterday",
        ])
        let link = "https://feeds.example/\(index)"
        switch next(12) {
        case 0:
            return (
                "\(index).json",
                Array(
                    """
                    {"version": "https://jsonfeed.org/version/1.1", "title": "Feed \(index)", "items": [
                    {"id": "\(link)", "title": "\(title)", "content_html": "\(html.replacingOccurrences(of: "\"", with: "\\\""))"}]}
                    """.utf8)
            )
        case 1:
            return (
                "\(index).xml", Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>\(title)".utf8)
            )
        case 2:
            return (
                "\(index).xml",
                Array(
                    "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"\(title)\"/></body></opml>".utf8
                )
            )
        case 3:
            let story = pick(LegacyEncodingTests.stories)
            let declared = next(2) == 0 ? " encoding=\"\(story.encoding)\"" : ""
            let feed = story.feed.replacingOccurrences(
                of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\"\(declared)?>"
            )
            .replacingOccurrences(of: "https://harbour-news.example/1", with: link)
            return ("\(index).xml", Transcoder.convert(Array(feed.utf8), from: "UTF-8", to: story.encoding) ?? [])
        case 4:
            return (
                "\(index).xml",
                Array(
                    """
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>Feed \(index)</title><id>\(link)</id>
                    <entry><title type="html">\(shownTitle)</title><id>\(link)/e</id><updated>2026-03-01T08:30:00Z</updated>
                    <author><name>Ada Quill</name></author><content type="html">\(escaped)</content></entry></feed>
                    """.utf8)
            )
        case 5:
            return (
                "\(index).xml",
                Array(
                    """
                    <?xml version="1.0" encoding="utf-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">
                    <title>Feed \(index)</title><entry><title mode="escaped" type="text/html">\(shownTitle)</title>
                    <id>\(link)</id><issued>2026-03-01T08:30:00Z</issued>
                    <content mode="escaped" type="text/html">\(escaped)</content></entry></feed>
                    """.utf8)
            )
        case 6:
            return (
                "\(index).xml",
                Array(
                    """
                    <?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                    xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:content="http://purl.org/rss/1.0/modules/content/">
                    <channel rdf:about="\(link)"><title>Feed \(index)</title><link>\(link)</link></channel>
                    <item rdf:about="\(link)/i"><title>\(shownTitle)</title><link>\(link)/i</link>
                    <dc:creator>Ada Quill</dc:creator><dc:date>2026-03-01T08:30:00Z</dc:date>
                    <content:encoded>\(body)</content:encoded></item></rdf:RDF>
                    """.utf8)
            )
        default:
            let version = pick(["2.0", "0.91", "0.92", "0.93", "0.94"])
            return (
                "\(index).xml",
                Array(
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="\(version)" xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Feed \(index)</title><link>\(link)</link>
                    <item><title>\(shownTitle)</title><link>\(link)/i</link><guid>\(link)/i</guid>
                    <pubDate>\(date)</pubDate><dc:creator>Ada Quill</dc:creator>
                    <description>\(body)</description></item></channel></rss>
                    """.utf8)
            )
        }
    }
}
