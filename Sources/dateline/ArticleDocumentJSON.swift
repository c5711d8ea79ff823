import ArchiveStore
import ArticleAnalysis
import Foundation

/// `dateline show --format json`: the article, its listing fields and its annotations
/// (offsets into `body`), written through `JSONStreamWriter`.
struct ArticleDocumentJSON {
    var listing: ArticleListingJSON
    var paragraphs: [String]
    var body: String
    var annotations: AnnotationJSON

    init(record: ArticleRecord, summary: ArticleSummary, annotations: Annotations) {
        listing = ArticleListingJSON(summary)
        paragraphs = record.paragraphs
        body = record.body
        self.annotations = AnnotationJSON(annotations: annotations)
    }

    /// The listing's fields, then `paragraphs`, `body` and `annotations`.
    var fields: [JSONStreamWriter.Field] {
        let document = self
        return listing.fields + [
            ("paragraphs", { $0.array(document.paragraphs) { $0.string($1) } }),
            ("body", { $0.string(document.body) }),
            ("annotations", { document.annotations.write(to: &$0) }),
        ]
    }
}
