/// Work `ReaderState.update` asks for, as a value: the session runs it against the archive
/// and feeds the outcome back as a `ReaderEvent`.
public enum ReaderEffect: Hashable, Sendable {
    /// Load a page of the article list.
    case loadRows(ListPage)
    /// Load and analyse an article.
    case openArticle(id: Int64)
    /// Record that an article has been read.
    case markRead(id: Int64)
    /// Load a page of the archive's speakers whose names contain `filter`.
    case loadSpeakers(filter: String, offset: Int)
    /// Load a page of the articles quoting the speaker with this key.
    case loadSpeakerArticles(key: String, offset: Int)
    /// End the reader.
    case quit
}
