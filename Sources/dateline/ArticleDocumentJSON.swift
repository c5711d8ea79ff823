import ArchiveStore
import ArticleAnalysis
import Foundation

/// `dateline show --format json`: the article, its listing fields and its annotations
/// (offsets into `body`).
struct ArticleDocumentJSON: Encodable {
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

    enum CodingKeys: String, CodingKey {
        case paragraphs, body, annotations
    }

    func encode(to encoder: any Encoder) throws {
        try listing.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(body, forKey: .body)
        try container.encode(annotations, forKey: .annotations)
    }
}
