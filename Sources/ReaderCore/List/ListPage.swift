/// A page of the article list to load from the archive. The list is newest first.
public enum ListPage: Hashable, Sendable {
    /// The first page: the newest articles.
    case newest
    /// The page below the article with this id (older articles).
    case older(than: Int64)
    /// The page above the article with this id (newer articles).
    case newer(than: Int64)
    /// The last page: the oldest articles.
    case oldest
}
