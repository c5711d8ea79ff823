import ArchiveStore
import ArticleAnalysis

extension ReaderState {
    // MARK: - Speakers panel (`s`, article pane)

    /// `s`: clears the speaker filter when one is set, else opens the speakers panel.
    mutating func toggleSpeakerPanel() -> [ReaderEffect] {
        guard var open = article else {
            status = StatusMessage("open an article first")
            return []
        }
        focusArticle()
        if let name = open.speakerFilterName {
            open.speakerFilter = nil
            article = open
            status = StatusMessage("showing every quote again (was: \(name) only)")
            return []
        }
        guard !open.document.speakers.entries.isEmpty else {
            status = StatusMessage("no speakers or sources found in this article")
            return []
        }
        enter(.speakerPanel(SpeakerPanel()))
        revealSpeaker(0)
        return []
    }

    /// An action while the speakers panel has the keys: moving highlights the selected
    /// speaker's quotes, `Enter` limits `]`/`[` to them and jumps to the first, `?` shows the
    /// help over it, any other action closes it.
    mutating func performInSpeakerPanel(_ action: Action, _ panel: SpeakerPanel) -> [ReaderEffect] {
        guard let open = article else {
            leaveMode()
            return []
        }
        var panel = panel
        let count = open.document.speakers.entries.count
        switch action {
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            let step: Int
            switch action {
            case .moveDown: step = 1
            case .moveUp: step = -1
            case .top: step = -count
            case .bottom: step = count
            case .pageDown, .halfPageDown: step = 5
            default: step = -5
            }
            panel.selected = min(max(0, panel.selected + step), count - 1)
            replaceMode(with: .speakerPanel(panel))
            revealSpeaker(panel.selected)
        case .open:
            leaveMode()
            chooseSpeaker(panel.selected)
        case .help:
            enter(.help)
        case .quit:
            return quitEffects
        default:
            leaveMode()
        }
        return []
    }

    /// Limits `]`/`[` to the quotes of entry `entry` and moves to the first.
    mutating func chooseSpeaker(_ entry: Int) {
        guard var open = article, open.document.speakers.entries.indices.contains(entry) else { return }
        let name = open.document.speakers.entries[entry].name
        let quotes = open.quoteIndices(ofSpeaker: entry)
        guard let first = quotes.first else {
            status = StatusMessage("\(name) is cited but not quoted in this article")
            return
        }
        open.speakerFilter = entry
        article = open
        showQuote(first)
    }

    /// Scrolls the article so that the first quote of entry `entry` is in view.
    private mutating func revealSpeaker(_ entry: Int) {
        guard var open = article, let first = open.quoteIndices(ofSpeaker: entry).first else { return }
        let line = open.line(ofQuote: first)
        let visible = speakerPanelCoversArticle ? max(1, articleHeight / 2) : articleHeight
        if line < open.top || line >= open.top + visible {
            open.top = line - min(2, visible / 4)
            open.clampScroll(height: articleHeight)
            article = open
        }
    }

    /// Whether the speakers panel is drawn over the lower half of the article (one pane at a
    /// time) rather than beside it, in the list pane's place.
    var speakerPanelCoversArticle: Bool { layout.list == nil }

    /// Where the speakers panel is drawn: the list pane's place, or the article's lower half.
    var speakerPanelRect: Rect? {
        let panes = layout
        if let list = panes.list { return list }
        guard let article = panes.article else { return nil }
        let height = article.height / 2
        return Rect(
            row: article.row + article.height - height, column: article.column, width: article.width, height: height)
    }

    /// The quotes to highlight: the speaker selected in the panel, else the filtered speaker.
    public var highlightedQuotes: [ArticleDocument.QuoteAnchor] {
        guard let open = article else { return [] }
        guard let entry = speakerPanel?.selected ?? open.speakerFilter else { return [] }
        return open.quoteIndices(ofSpeaker: entry).map { open.document.quotes[$0] }
    }

    /// A mouse event over the speakers panel or the speaker index, which cover the list pane:
    /// the wheel moves their selection, a press does nothing (the list rows under them are
    /// hidden). `nil` when neither is shown where the pointer is.
    mutating func handleSpeakerMouse(_ mouse: MouseEvent) -> [ReaderEffect]? {
        let rect = speakerPanel != nil ? speakerPanelRect : (speakerIndex != nil ? layout.list : nil)
        guard let rect, rect.contains(row: mouse.row, column: mouse.column) else { return nil }
        let action: Action
        switch mouse.kind {
        case .wheelUp: action = .moveUp
        case .wheelDown: action = .moveDown
        case .press: return []
        }
        switch mode {
        case .speakerPanel(let panel): return performInSpeakerPanel(action, panel)
        case .speakerIndex(let index): return performInSpeakerIndex(action, index)
        default: return []
        }
    }

    // MARK: - Speaker index (`S`, list pane)

    /// `S`: opens the archive's speaker index in the list pane.
    mutating func openSpeakerIndex() -> [ReaderEffect] {
        focusListPane()
        if mode.speakerIndex != nil {
            replaceMode(with: .speakerIndex(SpeakerIndex()))
        } else {
            enter(.speakerIndex(SpeakerIndex()))
        }
        return [.loadSpeakers(filter: "", offset: 0)]
    }

    /// A key while the speaker index lists speakers: typed characters and Backspace change
    /// the filter. `nil` for other keys, and when the index does not have the keys.
    mutating func filterSpeakerIndex(_ key: Key) -> [ReaderEffect]? {
        guard var index = mode.speakerIndex, index.level == .speakers else { return nil }
        switch key {
        case .character(let character):
            index.setFilter(index.filter + String(character))
        case .backspace:
            guard !index.filter.isEmpty else { return [] }
            index.setFilter(String(index.filter.dropLast()))
        default:
            return nil
        }
        replaceMode(with: .speakerIndex(index))
        return [.loadSpeakers(filter: index.filter, offset: 0)]
    }

    /// An action while the speaker index has the keys: move, choose a speaker or open an
    /// article, go back.
    mutating func performInSpeakerIndex(_ action: Action, _ index: SpeakerIndex) -> [ReaderEffect] {
        var index = index
        let height = max(1, listHeight - SpeakerIndex.headerLines)
        let delta: Int
        switch action {
        case .top: delta = Int.min / 2
        case .bottom: delta = Int.max / 2
        case .open:
            return chooseInSpeakerIndex(index)
        case .back, .quitOrBack, .speakerIndex:
            if index.level == .speakers {
                leaveMode()
            } else {
                index.level = .speakers
                replaceMode(with: .speakerIndex(index))
            }
            return []
        case .switchPane:
            if article != nil { enter(.article) }
            return []
        case .help:
            enter(.help)
            return []
        case .quit:
            return quitEffects
        default:
            guard let distance = action.moveDistance(height: height) else { return [] }
            delta = distance
        }
        let effects: [ReaderEffect]
        switch index.level {
        case .speakers:
            let page = index.speakers.move(by: delta, height: height)
            effects = page.map { [.loadSpeakers(filter: index.filter, offset: $0)] } ?? []
        case .articles(let speaker):
            let page = index.articles.move(by: delta, height: height)
            effects = page.map { [.loadSpeakerArticles(key: speaker.key, offset: $0)] } ?? []
        }
        replaceMode(with: .speakerIndex(index))
        return effects
    }

    /// `Enter` in the index: lists the selected speaker's articles, or opens the selected
    /// article at the speaker's first quote.
    private mutating func chooseInSpeakerIndex(_ index: SpeakerIndex) -> [ReaderEffect] {
        var index = index
        switch index.level {
        case .speakers:
            guard let speaker = index.speakers.selectedRow else { return [] }
            index.level = .articles(speaker)
            index.articles = PagedRows()
            replaceMode(with: .speakerIndex(index))
            return [.loadSpeakerArticles(key: speaker.key, offset: 0)]
        case .articles(let speaker):
            guard let row = index.articles.selectedRow else { return [] }
            if article?.document.articleID == row.articleID {
                focusArticle()
                jumpToSpeaker(key: speaker.key, name: speaker.name)
                return []
            }
            index.pendingJump = speaker.key
            replaceMode(with: .speakerIndex(index))
            focusArticle()
            return [.openArticle(id: row.articleID)]
        }
    }

    /// Takes in a page of speakers, unless the filter changed since it was asked for.
    mutating func receiveSpeakers(filter: String, offset: Int, _ speakers: [Speaker]) {
        guard speakerIndex?.filter == filter else { return }
        updateTopmost(\.speakerIndex) { $0.speakers.receive(speakers, offset: offset) }
    }

    /// Takes in a page of a speaker's articles, unless another speaker is chosen now.
    mutating func receiveSpeakerArticles(key: String, offset: Int, _ articles: [SpeakerArticle]) {
        guard speakerIndex?.chosenSpeaker?.key == key else { return }
        updateTopmost(\.speakerIndex) { $0.articles.receive(articles, offset: offset) }
    }

    /// After an article opened: closes its predecessor's speakers panel and, when the speaker
    /// index opened it, moves to the chosen speaker's first quote.
    mutating func articleDidOpen() {
        removeModes { $0.speakerPanel != nil }
        guard let index = speakerIndex, let key = index.pendingJump else { return }
        updateTopmost(\.speakerIndex) { $0.pendingJump = nil }
        jumpToSpeaker(key: key, name: index.chosenSpeaker?.name ?? key)
    }

    /// Limits `]`/`[` to the named speaker with `key` and moves to their first quote.
    private mutating func jumpToSpeaker(key: String, name: String) {
        guard let open = article, let entry = open.document.speakers.namedEntry(key: key) else {
            status = StatusMessage("\(name) is not quoted in this article any more")
            return
        }
        chooseSpeaker(entry)
    }

    /// The status line's hint for the speaker features, when one applies.
    var speakerHint: String? {
        if speakerPanel != nil { return "j k choose  Enter their quotes  Esc close" }
        if case .speakerIndex(let index) = mode {
            return index.level == .speakers ? "type to filter  Enter choose  Esc close" : "Enter read  Esc speakers"
        }
        if focus == .article, let name = article?.speakerFilterName {
            return "] [ quotes by \(name) only  Esc or s: all quotes"
        }
        return nil
    }
}
