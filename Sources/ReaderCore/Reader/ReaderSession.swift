import ArchiveStore
import ArticleAnalysis

/// Runs the reader against an archive: feeds events to `ReaderState.update` and carries
/// out the effects it returns, feeding their results back in.
///
/// It knows nothing of terminals: the front end passes in events and paints `screen`.
public final class ReaderSession {
    public private(set) var state: ReaderState
    /// Whether the reader has been asked to quit.
    public private(set) var isFinished = false
    private let archive: Archive
    private let openURL: (String) -> String?
    private let applyTheme: (Theme) -> Void
    private let copy: (String) -> String?
    private let pipe: (String, String) -> String?
    private let fetchFeeds: FeedFetching?
    private let inbox = BackgroundInbox()
    /// The article deleted last, with its tags, bookmark and reading state, until the reader
    /// quits: what the undo key puts back.
    private var lastDeleted: RemovedArticle?

    /// A session on `archive` for a terminal of `size`; loads the first page of the list.
    /// `applyTheme` is called with each theme the reader switches to, `copy` with text for
    /// the clipboard (it returns a one-line reason when it cannot), `pipe` with a command and
    /// the text to give it (the same); `archiveArgument` is the `--archive` the reader was
    /// started with, if any. `fetchFeeds` fetches the subscribed feeds in the background
    /// (`F`); without it the reader says it cannot.
    public init(
        archive: Archive, size: TerminalSize, keymap: Keymap = .standard,
        themes: ThemeCycle = ThemeCycle([.defaultDark]),
        preferences: ReaderPreferences = ReaderPreferences(), archiveArgument: String? = nil,
        openURL: @escaping (String) -> String? = ExternalBrowser.open,
        applyTheme: @escaping (Theme) -> Void = { _ in }, copy: @escaping (String) -> String? = { _ in nil },
        pipe: @escaping (String, String) -> String? = { _, _ in "piping needs a terminal" },
        fetchFeeds: FeedFetching? = nil
    ) {
        self.archive = archive
        self.openURL = openURL
        self.applyTheme = applyTheme
        self.copy = copy
        self.pipe = pipe
        self.fetchFeeds = fetchFeeds
        state = ReaderState(
            size: size, keymap: keymap, themes: themes, preferences: preferences, archiveArgument: archiveArgument)
        let order = (try? archive.readerSetting(ReaderSession.orderKey)).flatMap { $0 }.flatMap(ArticleOrder.init)
        if let order { state.list = ArticleList(order: order) }
        run(ReaderState.startEffects(order: order ?? .newest))
    }

    /// Applies `event` and everything it leads to.
    public func handle(_ event: ReaderEvent) {
        run(state.update(event))
    }

    /// Whether background work (a fetch of the feeds) runs or has news: the loop then checks
    /// `handleBackgroundEvents` between keys instead of waiting for one.
    public var hasBackgroundWork: Bool { inbox.isBusy }

    /// Applies what background work posted since the last call, in order.
    public func handleBackgroundEvents() {
        for event in inbox.take() { handle(event) }
    }

    /// The screen for the current state.
    public var screen: Screen { ReaderRenderer.render(state) }

    /// Carries out effects one after another, including those their results produce.
    private func run(_ effects: [ReaderEffect]) {
        var pending = effects[...]
        while let effect = pending.popFirst() {
            guard let event = perform(effect) else { continue }
            pending.append(contentsOf: state.update(event))
        }
    }

    /// The reader setting holding the id of the article the reader was closed on.
    static let lastArticleKey = "last_article"
    /// The reader setting holding the pane (`article` or `list`) the reader was closed on.
    static let lastPaneKey = "last_pane"
    /// The reader setting holding the name of the theme last chosen with `t`.
    public static let themeKey = "theme"
    /// The reader setting holding the list's order last chosen with `O`.
    static let orderKey = "order"

    /// The number of articles `filter` keeps that are not read yet; the whole archive's
    /// comes from the counter without a scan.
    private func unreadCount(_ filter: ArticleFilter) throws(ArchiveError) -> Int {
        guard !filter.isEmpty else { return try archive.unreadCount() }
        var unread = filter
        unread.unread = true
        return try archive.count(matching: unread)
    }

    /// The event reporting the article's bookmark as the archive now has it.
    private func bookmarkChanged(_ id: Int64) throws(ArchiveError) -> ReaderEvent {
        let bookmark = try archive.bookmark(articleID: id)
        return .bookmarkChanged(id: id, bookmarked: bookmark != nil, note: bookmark?.note)
    }

    /// Carries out one effect; returns the event reporting its result.
    private func perform(_ effect: ReaderEffect) -> ReaderEvent? {
        do throws(ArchiveError) {
            switch effect {
            case .quit:
                isFinished = true
                return nil
            case .openURL(let address):
                return openURL(address).map { .failed($0) }
            case .copy(let text):
                return copy(text).map { .failed($0) }
            case .pipe(let command, let text):
                return pipe(command, text).map { .failed($0) }
            case .fetchFeeds:
                guard let fetchFeeds else { return .failed("feeds are fetched with dateline refresh") }
                guard !inbox.isBusy else { return .failed("the feeds are being fetched already") }
                let inbox = inbox
                inbox.begin()
                fetchFeeds(
                    { done, total in inbox.post(.feedsFetching(done: done, total: total)) },
                    { summary, failed in inbox.post(.feedsFetched(summary: summary, failed: failed), finished: true) })
                return nil
            case .applyTheme(let theme):
                applyTheme(theme)
                try archive.setReaderSetting(ReaderSession.themeKey, theme.name)
                return nil
            case .setRead(let id, let read):
                try archive.setRead(articleID: id, read)
                return nil
            case .countUnread(let filter):
                return .unreadCounted(try unreadCount(filter), filter: filter)
            case .countViews(let views):
                return .viewsCounted(
                    try views.map { view throws(ArchiveError) in
                        ViewCount(view: view, unread: try unreadCount(view.filter))
                    })
            case .toggleBookmark(let id):
                try archive.toggleBookmark(articleID: id)
                return try bookmarkChanged(id)
            case .setBookmarkNote(let id, let note):
                try archive.setBookmarkNote(articleID: id, note: note)
                return try bookmarkChanged(id)
            case .saveReadingPosition(let id, let offset):
                try archive.setScrollOffset(articleID: id, offset)
                return nil
            case .loadReadingPosition(let id):
                return .readingPositionLoaded(id: id, offset: try archive.readingState(articleID: id).scrollOffset)
            case .searchArchive(let query, let offset):
                let results = try archive.search(query, limit: ArchiveSearchResults.pageSize, offset: offset)
                let total =
                    offset == 0 && !results.isEmpty
                    ? try archive.searchCount(query, limit: ArchiveSearchResults.countLimit + 1) : 0
                return .searchResultsLoaded(query: query, offset: offset, results, total: total)
            case .deleteArticle(let id):
                lastDeleted = try archive.removeKeeping(id: id)
                return .articleDeleted(id: id)
            case .restoreDeleted:
                guard let removed = lastDeleted else { return .failed("nothing to bring back") }
                let id = try archive.restore(removed)
                lastDeleted = nil
                return .articleRestored(id: id, title: removed.record.title)
            case .markRead(let filter, let downTo):
                return .markedRead(count: try archive.markRead(matching: filter, downTo: downTo))
            case .setTags(let id, let tags):
                let wanted = try tags.map { name throws(ArchiveError) in try TagName.normalised(name) }
                let old = try archive.tags(articleID: id)
                try archive.changeTags(ids: [id], adding: wanted, removing: old.filter { !wanted.contains($0) })
                return .tagsChanged(id: id, tags: try archive.tags(articleID: id))
            case .loadTagNames:
                return .tagNamesLoaded(try archive.tagCounts().map(\.tag))
            case .rememberPlace(let id, let focus):
                try archive.setReaderSetting(ReaderSession.lastArticleKey, id.map(String.init))
                try archive.setReaderSetting(ReaderSession.lastPaneKey, focus == .article ? "article" : "list")
                return nil
            case .loadLastPlace:
                guard let stored = try archive.readerSetting(ReaderSession.lastArticleKey), let id = Int64(stored),
                    (try? archive.article(id: id)) != nil
                else { return nil }
                let pane = try archive.readerSetting(ReaderSession.lastPaneKey)
                return .lastPlaceLoaded(articleID: id, focus: pane == "article" ? .article : .list)
            case .openArticle(let id):
                let record = try archive.article(id: id)
                return .articleLoaded(
                    record, QuoteAnalyzer.annotate(record.body), bookmark: try archive.bookmark(articleID: id),
                    tags: try archive.tags(articleID: id), feed: try archive.feedTitle(articleID: id))
            case .loadRows(let page, let filter, let order):
                let size = ArticleList.pageSize
                let rows: [ArticleSummary]
                switch page {
                case .newest: rows = try archive.summaries(.older, limit: size, filter: filter, order: order)
                case .older(let id):
                    rows = try archive.summaries(.older, than: id, limit: size, filter: filter, order: order)
                case .newer(let id):
                    rows = try archive.summaries(.newer, than: id, limit: size, filter: filter, order: order)
                case .oldest: rows = try archive.summaries(.newer, limit: size, filter: filter, order: order)
                }
                // The counters answer the plain and bookmarked lists without a scan.
                let total =
                    filter == ArticleFilter(bookmarked: true)
                    ? try archive.bookmarkCount() : try archive.count(matching: filter)
                return .rowsLoaded(page, rows, total: total, filter: filter, order: order)
            case .rememberOrder(let order):
                try archive.setReaderSetting(ReaderSession.orderKey, order.rawValue)
                return nil
            case .loadFeeds:
                return .feedsLoaded(try archive.subscriptionOverviews())
            case .loadSpeakers(let filter, let offset):
                let speakers = try archive.speakers(
                    matching: filter, limit: PagedRows<Speaker>.pageSize, offset: offset)
                return .speakersLoaded(filter: filter, offset: offset, speakers)
            case .loadSpeakerArticles(let key, let offset):
                let articles = try archive.articles(
                    quoting: key, limit: PagedRows<SpeakerArticle>.pageSize, offset: offset)
                return .speakerArticlesLoaded(key: key, offset: offset, articles)
            }
        } catch {
            return .failed(error.description)
        }
    }
}
