import ArticleAnalysis
import Foundation

/// An article made ready for storage outside the write transaction: its row (content hash,
/// word count, joined body) and its quotation rows, computed from the analyser's output.
struct PreparedArticle: Sendable {
    var record: ArticleRecord
    let quotes: [Quote]
    let guid: String?

    init(_ article: Article, annotations: Annotations, importedAt: Date) {
        record = ArticleRecord(article: article, quoteCount: annotations.quotes.count, importedAt: importedAt)
        quotes = annotations.quotes
        guid = article.guid
    }

    /// Prepares `articles` on every core: analysing is the costly part of an import, and it
    /// needs no database, so the write transaction only writes.
    static func prepare(
        _ articles: [Article], importedAt: Date, analyse: @escaping @Sendable (String) -> Annotations
    ) -> [PreparedArticle] {
        ParallelMap.map(articles) { article in
            PreparedArticle(article, annotations: analyse(article.body), importedAt: importedAt)
        }
    }
}
