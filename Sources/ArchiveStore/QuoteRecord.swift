import GRDB

/// One row of the `quote` table: a quotation of a stored article and who said it.
public struct QuoteRecord: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "quote"

    public var id: Int64?
    public var articleID: Int64
    public var start: Int
    public var end: Int
    public var text: String
    public var speakerName: String?
    public var speakerKey: String?
    public var cue: String?

    enum CodingKeys: String, CodingKey {
        case id, start, end, text, cue
        case articleID = "article_id"
        case speakerName = "speaker_name"
        case speakerKey = "speaker_key"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
