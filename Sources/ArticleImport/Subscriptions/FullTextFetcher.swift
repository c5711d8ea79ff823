import ArticleAnalysis

/// Replaces a feed item's summary with the article on its page, for subscriptions with full
/// text: the page is fetched and read by `HTMLArticleExtractor`; the item keeps its own
/// title, guid, link and date. When the page cannot be fetched or holds less text than an
/// article (`minimumLength`, and no less than the summary), the summary stays.
struct FullTextFetcher: Sendable {
    /// The fewest characters of body text taken for an article (a few sentences).
    static let minimumLength = 400

    var fetcher: ArticleFetcher

    /// `article` with the body of the page it links to, or unchanged.
    func completed(_ article: Article) -> Article {
        guard let link = article.source, ArticleFetcher.isAddress(link),
            let page = try? fetcher.fetch(link),
            let extracted = try? HTMLArticleExtractor.article(
                from: page.bytes, source: page.url, contentType: page.contentType)
        else { return article }
        let length = extracted.body.unicodeScalars.count
        guard length >= max(Self.minimumLength, article.body.unicodeScalars.count) else { return article }
        var full = article
        full.paragraphs = extracted.paragraphs
        if full.bylines.isEmpty { full.bylines = extracted.bylines }
        return full
    }
}
