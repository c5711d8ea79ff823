import ArchiveStore
import ArticleAnalysis

extension ReaderState {

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
            enter(.help(HelpOverlay()))
        case .quit:
            return quitEffects
        default:
            leaveMode()
        }
        return []
    }

    /// A click on line `row` of the speakers panel's entries (`height` lines tall): chooses the
    /// entry on it, as `Enter` does; a click on the title or below the entries does nothing.
    mutating func chooseSpeaker(atRow row: Int, height: Int) {
        guard let speakers = article?.document.speakers, let panel = speakerPanel, row >= 0 else { return }
        let lines = SpeakerPanelLines(speakers)
        let index = lines.top(selected: panel.selected, height: height) + row
        guard row < height, index < lines.count else { return }
        leaveMode()
        chooseSpeaker(lines.entry(ofLine: index))
    }

    /// Limits `]`/`[` to the quotes of entry `entry` and moves to the first; a source that is
    /// cited but not quoted is shown where it is first cited instead.
    mutating func chooseSpeaker(_ entry: Int) {
        guard var open = article, open.document.speakers.entries.indices.contains(entry) else { return }
        let cited = open.document.speakers.entries[entry]
        let quotes = open.quoteIndices(ofSpeaker: entry)
        guard let first = quotes.first else {
            let line = open.layout.line(showing: open.document.text.anchor(atBody: cited.firstOffset))
            open.reveal(line: line, height: articleHeight)
            article = open
            status = StatusMessage("\(cited.name) is cited but not quoted in this article: here is the first citation")
            return
        }
        open.speakerFilter = entry
        article = open
        showQuote(first)
    }

    /// Scrolls the article so that the first quote of entry `entry` is in view.
    private mutating func revealSpeaker(_ entry: Int) {
        guard var open = article, let first = open.firstQuoteIndex(ofSpeaker: entry) else { return }
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

    /// The quotes to highlight that reach into blocks `blocks` of the article: the speaker
    /// selected in the panel's, else the filtered speaker's.
    public func highlightedQuotes(inBlocks blocks: ClosedRange<Int>) -> [ArticleDocument.QuoteAnchor] {
        guard let open = article else { return [] }
        guard let entry = speakerPanel?.selected ?? open.speakerFilter else { return [] }
        return open.quoteIndices(ofSpeaker: entry, inBlocks: blocks).map { open.document.quotes[$0] }
    }

}
