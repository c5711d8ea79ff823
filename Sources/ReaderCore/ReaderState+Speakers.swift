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
        focus = .article
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
        speakerPanel = SpeakerPanel()
        revealSpeaker(0)
        return []
    }

    /// An action while the speakers panel is open: moving highlights the selected speaker's
    /// quotes, `Enter` limits `]`/`[` to them and jumps to the first, `Esc`/`s`/`q` close.
    mutating func performInSpeakerPanel(_ action: Action) -> [ReaderEffect] {
        guard var panel = speakerPanel, let open = article else {
            speakerPanel = nil
            return []
        }
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
            speakerPanel = panel
            revealSpeaker(panel.selected)
        case .open:
            speakerPanel = nil
            chooseSpeaker(panel.selected)
        case .help:
            helpVisible = true
        case .quit:
            return [.quit]
        default:
            speakerPanel = nil
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
        if speakerPanel != nil { return performInSpeakerPanel(action) }
        guard focus == .list else { return [] }
        return performInSpeakerIndex(action)
    }

    // MARK: - Speaker index (`S`, list pane)

    /// `S`: opens the archive's speaker index in the list pane.
    mutating func openSpeakerIndex() -> [ReaderEffect] {
        focus = .list
        speakerIndex = SpeakerIndex()
        return [.loadSpeakers(filter: "", offset: 0)]
    }

    /// A key while the speaker index has the focus: typed characters filter the speakers,
    /// other keys go through the keymap. `nil` when the index is not open or not focused.
    mutating func handleSpeakerIndexKey(_ key: Key) -> [ReaderEffect]? {
        guard var index = speakerIndex, focus == .list, !helpVisible else { return nil }
        if index.level == .speakers {
            switch key {
            case .character(let character):
                index.setFilter(index.filter + String(character))
                speakerIndex = index
                return [.loadSpeakers(filter: index.filter, offset: 0)]
            case .backspace:
                guard !index.filter.isEmpty else { return [] }
                index.setFilter(String(index.filter.dropLast()))
                speakerIndex = index
                return [.loadSpeakers(filter: index.filter, offset: 0)]
            default:
                break
            }
        }
        guard let action = keymap.action(for: key) else {
            status = StatusMessage("\(key.name) is not bound to anything; ? shows the keys")
            return []
        }
        return performInSpeakerIndex(action)
    }

    /// An action in the speaker index: move, choose a speaker or open an article, go back.
    private mutating func performInSpeakerIndex(_ action: Action) -> [ReaderEffect] {
        guard var index = speakerIndex else { return [] }
        let height = max(1, listHeight - SpeakerIndex.headerLines)
        let delta: Int
        switch action {
        case .moveDown: delta = 1
        case .moveUp: delta = -1
        case .pageDown: delta = max(1, height - 1)
        case .pageUp: delta = -max(1, height - 1)
        case .halfPageDown: delta = max(1, height / 2)
        case .halfPageUp: delta = -max(1, height / 2)
        case .top: delta = Int.min / 2
        case .bottom: delta = Int.max / 2
        case .open:
            return chooseInSpeakerIndex()
        case .back, .quitOrBack, .speakerIndex:
            if index.level == .speakers {
                speakerIndex = nil
            } else {
                index.level = .speakers
                speakerIndex = index
            }
            return []
        case .switchPane:
            if article != nil { focus = .article }
            return []
        case .help:
            helpVisible = true
            return []
        case .quit:
            return [.quit]
        default:
            return []
        }
        switch index.level {
        case .speakers:
            let page = index.speakers.move(by: delta, height: height)
            speakerIndex = index
            return page.map { [.loadSpeakers(filter: index.filter, offset: $0)] } ?? []
        case .articles(let speaker):
            let page = index.articles.move(by: delta, height: height)
            speakerIndex = index
            return page.map { [.loadSpeakerArticles(key: speaker.key, offset: $0)] } ?? []
        }
    }

    /// `Enter` in the index: lists the selected speaker's articles, or opens the selected
    /// article at the speaker's first quote.
    private mutating func chooseInSpeakerIndex() -> [ReaderEffect] {
        guard var index = speakerIndex else { return [] }
        switch index.level {
        case .speakers:
            guard let speaker = index.speakers.selectedRow else { return [] }
            index.level = .articles(speaker)
            index.articles = PagedRows()
            speakerIndex = index
            return [.loadSpeakerArticles(key: speaker.key, offset: 0)]
        case .articles(let speaker):
            guard let row = index.articles.selectedRow else { return [] }
            focus = .article
            if article?.document.articleID == row.articleID {
                jumpToSpeaker(key: speaker.key, name: speaker.name)
                return []
            }
            index.pendingJump = speaker.key
            speakerIndex = index
            return [.openArticle(id: row.articleID)]
        }
    }

    /// Takes in a page of speakers, unless the filter changed since it was asked for.
    mutating func receiveSpeakers(filter: String, offset: Int, _ speakers: [Speaker]) {
        guard var index = speakerIndex, index.filter == filter else { return }
        index.speakers.receive(speakers, offset: offset)
        speakerIndex = index
    }

    /// Takes in a page of a speaker's articles, unless another speaker is chosen now.
    mutating func receiveSpeakerArticles(key: String, offset: Int, _ articles: [SpeakerArticle]) {
        guard var index = speakerIndex, index.chosenSpeaker?.key == key else { return }
        index.articles.receive(articles, offset: offset)
        speakerIndex = index
    }

    /// After an article opened: closes its predecessor's speakers panel and, when the speaker
    /// index opened it, moves to the chosen speaker's first quote.
    mutating func articleDidOpen() {
        speakerPanel = nil
        guard var index = speakerIndex, let key = index.pendingJump else { return }
        index.pendingJump = nil
        speakerIndex = index
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
        if focus == .list, let index = speakerIndex {
            return index.level == .speakers ? "type to filter  Enter choose  Esc close" : "Enter read  Esc speakers"
        }
        if focus == .article, let name = article?.speakerFilterName {
            return "] [ quotes by \(name) only  Esc or s: all quotes"
        }
        return nil
    }
}
