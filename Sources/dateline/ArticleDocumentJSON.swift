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
            // Each paragraph straight from the body's bytes: an array of them was another copy
            // of the body.
            (
                "paragraphs",
                { writer in
                    var body = document.record.body
                    body.withUTF8 { bytes in
                        writer.array(document.record.paragraphByteRanges) {
                            $0.string(utf8: UnsafeBufferPointer(rebasing: bytes[$1]))
                        }
                    }
                }
            ),
            ("body", { $0.string(document.record.body) }),
            ("annotations", { document.annotations.write(to: &$0) }),
        ]
    }
}
