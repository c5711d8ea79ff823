import ArchiveStore

/// Work `ReaderState.update` asks for, as a value: the session runs it against the archive
/// and feeds the outcome back as a `ReaderEvent`.
public enum ReaderEffect: Hashable, Sendable {
    /// Load a page of the article list: of the articles `filter` keeps, in `order`.
    case loadRows(ListPage, filter: ArticleFilter, order: ArticleOrder = .newest)
    /// Remember the list's order for the next start.
    case rememberOrder(ArticleOrder)
    /// Load and analyse an article.
    case openArticle(id: Int64)
    /// Record that an article has been read, or not.
    case setRead(id: Int64, read: Bool)
    /// Count the articles not read yet among those `filter` keeps.
    case countUnread(filter: ArticleFilter)
    /// Bookmark an article, or remove its bookmark.
    case toggleBookmark(id: Int64)
    /// Set the note of an article's bookmark (bookmarking it); an empty note clears it.
    case setBookmarkNote(id: Int64, note: String)
    /// Store where an article is being read, as a Unicode scalar offset into its body.
    case saveReadingPosition(id: Int64, offset: Int)
    /// Look up where an article was left.
    case loadReadingPosition(id: Int64)
    /// Search the whole archive: the page of results from `offset`.
    case searchArchive(query: String, offset: Int)
    /// Remember the article and pane the reader is closed on.
    case rememberPlace(articleID: Int64?, focus: Focus)
    /// Look up the article and pane the reader was last closed on.
    case loadLastPlace
    /// Load a page of the archive's speakers whose names contain `filter`.
    case loadSpeakers(filter: String, offset: Int)
    /// Load every subscription with its counts for the feeds view.
    case loadFeeds
    /// Count the unread articles of each view for the views list.
    case countViews([NamedView])
    /// Load a page of the articles quoting the speaker with this key.
    case loadSpeakerArticles(key: String, offset: Int)
    /// Open a web address in the user's browser.
    case openURL(String)
    /// Put text on the clipboard.
    case copy(String)
    /// Run a shell command with `text` on its standard input, the terminal handed over to it.
    case pipe(command: String, text: String)
    /// Draw with this theme from now on.
    case applyTheme(Theme)
    /// Fetch the subscribed feeds in the background (`ReaderEvent.feedsFetching`, `.feedsFetched`).
    case fetchFeeds
    /// Delete an article, keeping it in the session until it quits for `restoreDeleted`.
    case deleteArticle(id: Int64)
    /// Put back the article deleted last.
    case restoreDeleted
    /// Mark the articles `filter` keeps read; with `downTo`, those from the newest to it.
    case markRead(filter: ArticleFilter, downTo: Int64?)
    /// Give the article `id` exactly the tags `tags`.
    case setTags(id: Int64, tags: [String])
    /// Look up every tag of the archive, for the tag prompt's completion.
    case loadTagNames
    /// End the reader.
    case quit
}
