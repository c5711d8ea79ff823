import Foundation

/// Reads JSON Feed 1.0 and 1.1 files (`https://jsonfeed.org/version/1.1`) into feed entries.
enum JSONFeedReader {
    /// The decoded shape of a JSON feed; unknown members are ignored.
    struct Document: Decodable {
        var version: String
        var homePageURL: String?
        var feedURL: String?
        var title: String?
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, items, title
            case homePageURL = "home_page_url"
            case feedURL = "feed_url"
        }
    }

    /// One item; `id` may be a string or (in careless feeds) a number.
    struct Item: Decodable {
        var id: String?
        var url: String?
        var title: String?
        var contentHTML: String?
        var contentText: String?
        var summary: String?
        var datePublished: String?
        var authors: [Author]?
        var author: Author?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, authors, author
            case contentHTML = "content_html"
            case contentText = "content_text"
            case datePublished = "date_published"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
                id = String(number)
            } else {
                id = try container.decodeIfPresent(String.self, forKey: .id)
            }
            url = try container.decodeIfPresent(String.self, forKey: .url)
            title = try container.decodeIfPresent(String.self, forKey: .title)
            contentHTML = try container.decodeIfPresent(String.self, forKey: .contentHTML)
            contentText = try container.decodeIfPresent(String.self, forKey: .contentText)
            summary = try container.decodeIfPresent(String.self, forKey: .summary)
            datePublished = try container.decodeIfPresent(String.self, forKey: .datePublished)
            authors = try container.decodeIfPresent([Author].self, forKey: .authors)
            author = try container.decodeIfPresent(Author.self, forKey: .author)
        }
    }

    /// A JSON Feed author object.
    struct Author: Decodable {
        var name: String?
    }

    /// The feed in `bytes`.
    static func read(_ bytes: [UInt8]) throws(ImportError) -> FeedDocument {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch {
            throw .malformed(format: .jsonFeed, line: 0, reason: reason(error))
        }
        guard document.version.contains("jsonfeed.org/version/") else {
            throw .malformed(format: .jsonFeed, line: 0, reason: "\"version\" is not a JSON Feed version")
        }
        let entries = document.items.map { item in
            var entry = FeedEntry()
            entry.title = item.title
            entry.link = item.url
            entry.id = item.id
            entry.authors = ((item.authors ?? []) + [item.author].compactMap { $0 }).compactMap(\.name)
            entry.publishedAt = item.datePublished.flatMap(PublicationDate.parse)
            if let html = item.contentHTML {
                entry.content = .html(html)
            } else if let text = item.contentText ?? item.summary {
                entry.content = .text(text)
            }
            return entry
        }
        return FeedDocument(key: document.feedURL ?? document.homePageURL, entries: entries, title: document.title)
    }

    /// A short reason for a decoding failure.
    static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "\"\(path(context.codingPath + [key]))\" is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\"\(path(context.codingPath))\" has the wrong type"
        default:
            return "not valid JSON"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
