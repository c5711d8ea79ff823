import ArticleAnalysis
import Foundation
import GRDB

/// An article made ready for storage outside the write transaction: the values of its row
/// (content hash, word count, joined body, quotations) computed from the analyser's output.
public struct PreparedArticle: Sendable {
    /// The statement that stores an article; see `ArticleWriter.insert(_:)`.
    static let insertSQL = """
        INSERT OR IGNORE INTO article (title, byline, body, source, guid, content_hash, imported_at,
            published_at, word_count, quote_count, analysis_version, quotes, language)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The content hash, to find the stored article when this one is a duplicate.
    let contentHash: String
    let quotes: PreparedQuotes
    let guid: String?
    /// The UTF-8 size of the body, which bounds how much one transaction stores.
    public let bodyBytes: Int
    /// The values of `insertSQL`, bound here rather than by the thread that writes.
    let arguments: StatementArguments
    /// The character pairs of the text written without spaces in the title, and in the byline
    /// and body, for the pair index (`UnspacedGramsIndex`); `nil` for an article without such
    /// text. Made here rather than by the thread that writes.
    let pairs: (title: String, body: String)?
    /// The distinct words the full-text index will hold for the article (`IndexTerms`), for
    /// `search_term`; found here rather than by the thread that writes.
    let terms: IndexTerms

    /// Bodies of more UTF-8 bytes than this are analysed on a second thread while this one
    /// makes the rest of the row (content hash, word count, the pairs of unspaced text, the
    /// index's words): a fifth of preparing a 50 MB article, which is otherwise one thread's
    /// work. Shorter ones come many to a batch, which keeps every core busy already
    /// (`ParallelMap`).
    static let parallelBodyBytes = 1 << 20

    /// Prepares `article`, running `analyse` over its body.
    ///
    /// The paragraphs are dropped once joined into the body, before the analysis: given the
    /// only copy of `article`, a long article is then held once, not twice.
    public init(_ article: consuming Article, importedAt: Date, analyse: @Sendable (String) -> Annotations) {
        let body = article.body
        article.paragraphs = []
        let article = article
        @Sendable func row() -> (ArticleRecord, (title: String, body: String)?, IndexTerms) {
            let record = ArticleRecord(article: article, body: body, quoteCount: 0, importedAt: importedAt)
            let mayContainUnspaced = [record.title, record.byline ?? "", record.body].contains {
                UnspacedGrams.mayContainUnspaced($0.utf8)
            }
            let pairs =
                mayContainUnspaced
                ? UnspacedGramsIndex.pairs(title: record.title, byline: record.byline, body: record.body) : nil
            let terms = IndexTerms.of(title: record.title, byline: record.byline, body: record.body)
            return (record, pairs, terms)
        }
        var ((record, pairs, terms), annotations):
            ((ArticleRecord, (title: String, body: String)?, IndexTerms), Annotations)
        if body.utf8.count > Self.parallelBodyBytes {
            ((record, pairs, terms), annotations) = ParallelMap.pair(row, { analyse(body) })
        } else {
            ((record, pairs, terms), annotations) = (row(), analyse(body))
        }
        record.quoteCount = annotations.quotes.count
        record.language = annotations.language.rawValue
        quotes = PreparedQuotes(annotations.quotes)
        contentHash = record.contentHash
        guid = article.guid
        bodyBytes = record.body.utf8.count
        self.pairs = pairs
        self.terms = terms
        arguments = [
            record.title, record.byline, record.body, record.source, record.guid, record.contentHash,
            ImportDateValue.shared.value(of: record.importedAt), record.publishedAt, record.wordCount,
            record.quoteCount, record.analysisVersion,
            quotes.json, record.language,
        ]
    }
}
