import GRDB

/// An article that quotes a given speaker: what the speaker index lists once a speaker is chosen.
public struct SpeakerArticle: Codable, Equatable, Sendable, FetchableRecord {
    public var articleID: Int64
    public var title: String
    /// How many of the article's quotes are the speaker's.
    public var quoteCount: Int
    /// The Unicode scalar offset into the body of the speaker's first quote.
    public var firstQuoteStart: Int

    public init(articleID: Int64, title: String, quoteCount: Int, firstQuoteStart: Int) {
        self.articleID = articleID
        self.title = title
        self.quoteCount = quoteCount
        self.firstQuoteStart = firstQuoteStart
    }

    enum CodingKeys: String, CodingKey {
        case title
        case articleID = "article_id"
        case quoteCount = "quote_count"
        case firstQuoteStart = "first_quote_start"
    }
}
