import ArchiveStore

/// The views list in the list pane (`v`): every article first, then the views of
/// `config.toml` in the file's order, each with its unread count; Enter shows the chosen one.
public struct ViewsList: Equatable, Sendable {
    /// The name of the first row, which shows every article.
    public static let allArticles = "all articles"

    /// The views with their counts (they all come in one page).
    public var views = PagedRows<ViewCount>()

    public init() {}

    /// The rows to count: every article, then `configured`.
    static func choices(_ configured: [NamedView]) -> [NamedView] {
        [NamedView(name: allArticles, filter: ArticleFilter())] + configured
    }
}
