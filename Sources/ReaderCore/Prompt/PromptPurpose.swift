/// What a status-line prompt is for, with what it needs to finish or to be cancelled.
public enum PromptPurpose: Hashable, Sendable {
    /// An incremental search in the open article; cancelling returns to line `origin`
    /// and to the search that was there before.
    case articleSearch(origin: Int, previous: ArticleSearch?)
    /// A full-text search of the whole archive, run on Enter.
    case archiveSearch
    /// The note of the bookmark of an article.
    case bookmarkNote(articleID: Int64)
    /// A shell command to pipe the open article to.
    case pipeCommand
    /// Text the help's actions must contain, changed as it is typed; cancelling puts back
    /// the `previous` text.
    case helpFilter(previous: String)
    /// A filter expression (`ArticleFilter`) that limits the article list, run on Enter.
    case limit
    /// Whether to delete the article: `y` deletes, any other key keeps it.
    case confirmDelete(articleID: Int64, title: String)
    /// The tags of an article, separated by spaces: the text replaces them on Enter.
    case tags(articleID: Int64)

    /// Whether Up and Down browse the search history.
    var usesHistory: Bool {
        switch self {
        case .articleSearch, .archiveSearch: return true
        case .bookmarkNote, .pipeCommand, .helpFilter, .limit, .confirmDelete, .tags: return false
        }
    }
}
