import ArchiveStore
import ArticleAnalysis

/// Something that happened to the reader: input from the terminal or the result of an effect.
public enum ReaderEvent: Sendable {
    /// A key press; the keymap turns it into an action.
    case key(Key)
    /// An action, already decided.
    case action(Action)
    case mouse(MouseEvent)
    /// The terminal has a new size.
    case resize(TerminalSize)
    /// A page of the list arrived; `total` is the number of articles in that list (those
    /// `filter` keeps).
    case rowsLoaded(ListPage, [ArticleSummary], total: Int, filter: ArticleFilter, order: ArticleOrder = .newest)
    /// An article asked for with `ReaderEffect.openArticle` arrived, analysed, with its
    /// bookmark if it has one, its tags and the title of the feed that brought it, if one did.
    case articleLoaded(
        ArticleRecord, Annotations, bookmark: Bookmark? = nil, tags: [String] = [], feed: String? = nil)
    /// An article's bookmark changed in the archive; `note` is the bookmark's note.
    case bookmarkChanged(id: Int64, bookmarked: Bool, note: String?)
    /// Where an article was left, as a Unicode scalar offset into its body.
    case readingPositionLoaded(id: Int64, offset: Int)
    /// A page of archive search results from `offset`; `total` is how many articles match.
    case searchResultsLoaded(query: String, offset: Int, [SearchResult], total: Int)
    /// The article and pane the reader was last closed on.
    case lastPlaceLoaded(articleID: Int64, focus: Focus)
    /// A page of speakers asked for with `ReaderEffect.loadSpeakers` arrived.
    case speakersLoaded(filter: String, offset: Int, [Speaker])
    /// The subscriptions asked for with `ReaderEffect.loadFeeds` arrived, with their counts.
    case feedsLoaded([SubscriptionOverview])
    /// The views asked for with `ReaderEffect.countViews` were counted.
    case viewsCounted([ViewCount])
    /// A page of articles asked for with `ReaderEffect.loadSpeakerArticles` arrived.
    case speakerArticlesLoaded(key: String, offset: Int, [SpeakerArticle])
    /// The background fetch of the feeds has done `done` of `total` feeds.
    case feedsFetching(done: Int, total: Int)
    /// The background fetch of the feeds ended: its summary line, and whether a feed failed.
    case feedsFetched(summary: String, failed: Bool)
    /// The article was deleted (`ReaderEffect.deleteArticle`).
    case articleDeleted(id: Int64)
    /// The article deleted last is back, under the id `id`.
    case articleRestored(id: Int64, title: String)
    /// Articles of the list were marked read: `count` of them.
    case markedRead(count: Int)
    /// The article `id` now has the tags `tags` (`ReaderEffect.setTags`).
    case tagsChanged(id: Int64, tags: [String])
    /// Every tag of the archive, in alphabetical order (`ReaderEffect.loadTagNames`).
    case tagNamesLoaded([String])
    /// An effect failed; the message is for the status line.
    case failed(String)
    /// The number of articles not read yet among those `filter` keeps.
    case unreadCounted(Int, filter: ArticleFilter)
}
