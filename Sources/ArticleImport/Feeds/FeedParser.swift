import ArticleAnalysis

/// Turns an RSS 2.0 (or 1.0), Atom 1.0 or JSON Feed 1.x file into one article per item.
///
/// The whole feed is parsed before anything is stored, so a malformed feed stores nothing.
/// Items without text are skipped; a feed where no item has text is an error. Each article
/// carries the item's guid (or id, or link), so importing the feed again adds only new items.
public enum FeedParser {
    /// The most items one feed may have.
    public static let maximumItems = 10_000

    /// The articles of the feed `bytes` read as `format` (`.rss`, `.atom` or `.jsonFeed`).
    public static func articles(from bytes: [UInt8], format: InputFormat, source: String?) throws(ImportError)
        -> [Article]
    {
        try read(bytes, format: format, source: source).articles
    }

    /// The feed's own title (plain text, `nil` when it has none) and its articles (see
    /// `articles(from:format:source:)`); `contentType` is the HTTP header the bytes came with,
    /// whose charset names their encoding.
    static func read(_ bytes: [UInt8], format: InputFormat, source: String?, contentType: String? = nil)
        throws(ImportError) -> (title: String?, articles: [Article])
    {
        if format == .jsonFeed { return try contents(of: JSONFeedReader.read(bytes), format: format, source: source) }
        let text = try XMLFeedReader.decode(bytes, format: format, contentType: contentType).text
        return try contents(of: XMLFeedReader.read(text, format: format), format: format, source: source)
    }

    /// The articles of an RSS or Atom feed already decoded.
    static func articles(fromXML text: String, format: InputFormat, source: String?) throws(ImportError) -> [Article] {
        try contents(of: XMLFeedReader.read(text, format: format), format: format, source: source).articles
    }

    /// The title and articles of a parsed feed, each article keyed for idempotent re-imports.
    private static func contents(of feed: FeedDocument, format: InputFormat, source: String?) throws(ImportError)
        -> (title: String?, articles: [Article])
    {
        if feed.entries.count > maximumItems { throw .tooManyItems(count: feed.entries.count, limit: maximumItems) }
        // The address the feed was fetched from names it best: two feeds without a link may
        // share a title (the RSS fallback key) and number their items alike.
        let key = source.flatMap { ArticleFetcher.isAddress($0) ? $0 : nil } ?? feed.key ?? source ?? ""
        let articles = feed.entries.compactMap { $0.article(feedKey: key, source: source) }
        if articles.isEmpty { throw .emptyFeed(format: format) }
        let title = feed.title.map(FeedEntry.plainTitle).flatMap { $0.isEmpty ? nil : $0 }
        return (title, articles)
    }
}
