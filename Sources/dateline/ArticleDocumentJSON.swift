import ArchiveStore
import ArticleAnalysis
import Foundation

/// `dateline show --format json`: the article, its listing fields and its annotations
/// (offsets into `body`), written through `JSONStreamWriter`.
struct ArticleDocumentJSON {
    var listing: ArticleListingJSON
    var record: ArticleRecord
    var annotations: AnnotationJSON

    init(record: ArticleRecord, summary: ArticleSummary, annotations: Annotations) {
        listing = ArticleListingJSON(summary)
        self.record = record
        self.annotations = AnnotationJSON(annotations: annotations)
    }

    /// The listing's fields, then `paragraphs`, `body` and `annotations`.
    var fields: [JSONStreamWriter.Field] {
        let document = self
        return listing.fields + [
            // One paragraph at a time: an array of them was another copy of the body.
            ("paragraphs", { $0.array(document.record.lazyParagraphs) { $0.string($1) } }),
            ("body", { $0.string(document.record.body) }),
            ("annotations", { document.annotations.write(to: &$0) }),
        ]
    }
}
