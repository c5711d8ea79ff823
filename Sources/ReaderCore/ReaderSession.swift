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

    /// A session on `archive` for a terminal of `size`; loads the first page of the list.
    public init(
        archive: Archive, size: TerminalSize, keymap: Keymap = .standard,
        themes: ThemeCycle = ThemeCycle([.defaultDark]),
        preferences: ReaderPreferences = ReaderPreferences()
    ) {
        self.archive = archive
        state = ReaderState(size: size, keymap: keymap, themes: themes, preferences: preferences)
        run(ReaderState.startEffects)
    }

    /// Applies `event` and everything it leads to.
    public func handle(_ event: ReaderEvent) {
        run(state.update(event))
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

    /// Carries out one effect; returns the event reporting its result.
    private func perform(_ effect: ReaderEffect) -> ReaderEvent? {
        do throws(ArchiveError) {
            switch effect {
            case .quit:
                isFinished = true
                return nil
            case .markRead(let id):
                try archive.setRead(articleID: id, true)
                return nil
            case .openArticle(let id):
                let record = try archive.article(id: id)
                return .articleLoaded(record, QuoteAnalyzer.annotate(record.body))
            case .loadRows(let page):
                let size = ArticleList.pageSize
                let rows: [ArticleSummary]
                switch page {
                case .newest: rows = try archive.summaries(after: nil, limit: size)
                case .older(let id): rows = try archive.summaries(after: id, limit: size)
                case .newer(let id): rows = try archive.summaries(before: id, limit: size)
                case .oldest: rows = try archive.summaries(before: nil, limit: size)
                }
                return .rowsLoaded(page, rows, total: try archive.articleCount())
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
