/// An article removed from the archive with what went with it, kept so that it can be put
/// back (`Archive.restore(_:)`, the reader's undo).
public struct RemovedArticle: Equatable, Sendable {
    /// The article as stored (body, source, guid, dates).
    public var record: ArticleRecord
    public var tags: [String]
    public var bookmark: Bookmark?
    public var readingState: ReadingState?
}
