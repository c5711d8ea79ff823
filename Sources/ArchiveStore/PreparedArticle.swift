import ArticleAnalysis
import Foundation

/// An article made ready for storage outside the write transaction: its row (content hash,
/// word count, joined body) and its quotation rows, computed from the analyser's output.
struct PreparedArticle: Sendable {
    var record: ArticleRecord
    let quotes: PreparedQuotes
    let guid: String?

    /// Prepares `article`, running `analyse` over its body.
    init(_ article: Article, importedAt: Date, analyse: (String) -> Annotations) {
        record = ArticleRecord(article: article, quoteCount: 0, importedAt: importedAt)
        let annotations = analyse(record.body)
        record.quoteCount = annotations.quotes.count
        quotes = PreparedQuotes(annotations.quotes)
        guid = article.guid
    }
}
