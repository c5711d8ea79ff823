extension ReaderState {
    /// A mouse event: the wheel scrolls the pane under the pointer, a press on a list row
    /// opens that article, a press on the article gives it the focus (and on a quote marks
    /// it, as `]` does). The help and a prompt
    /// take no mouse input.
    mutating func handle(_ mouse: MouseEvent) -> [ReaderEffect] {
        switch mode {
        case .help, .prompt: return []
        default: break
        }
        if let effects = handleSpeakerMouse(mouse) { return effects }
        let panes = layout
        let step = 3
        if let listRect = panes.list, listRect.contains(row: mouse.row, column: mouse.column) {
            switch mouse.kind {
            case .wheelUp, .wheelDown:
                return moveInListPane(by: mouse.kind == .wheelUp ? -step : step)
            case .press:
                if let results = archiveSearch {
                    let index = results.top + (mouse.row - listRect.row) / ArchiveSearchResults.rowsPerResult
                    guard results.results.indices.contains(index) else { return [] }
                    updateTopmost(\.searchResults) { $0.selected = index }
                    return openSelected()
                }
                let position = list.top + mouse.row - listRect.row
                guard list.row(at: position) != nil else { return [] }
                list.selected = position
                return openSelected()
            }
        }
        if let articleRect = panes.article, articleRect.contains(row: mouse.row, column: mouse.column),
            article != nil
        {
            switch mouse.kind {
            case .wheelUp, .wheelDown:
                scrollArticle { $0.top += mouse.kind == .wheelUp ? -step : step }
            case .press:
                if focus != .article { focusArticle() }
                let column = mouse.column - articleRect.column - PaneLayout.articleMargin
                if let quote = article?.quote(atLine: mouse.row - articleRect.row, column: column) { showQuote(quote) }
            }
        }
        return []
    }

    /// A mouse event over the speakers panel, the speaker index, the feeds or views list, which cover
    /// the list pane: the wheel moves their selection, a press does nothing (the list rows
    /// under them are hidden). `nil` when none is shown where the pointer is.
    mutating func handleSpeakerMouse(_ mouse: MouseEvent) -> [ReaderEffect]? {
        let coversList = speakerIndex != nil || topmost(\.feedsView) != nil || topmost(\.viewsList) != nil
        let rect = speakerPanel != nil ? speakerPanelRect : (coversList ? layout.list : nil)
        guard let rect, rect.contains(row: mouse.row, column: mouse.column) else { return nil }
        let action: Action
        switch mouse.kind {
        case .wheelUp: action = .moveUp
        case .wheelDown: action = .moveDown
        case .press:
            if case .speakerPanel = mode { chooseSpeaker(atRow: mouse.row - rect.row - 1, height: rect.height - 1) }
            return []
        }
        switch mode {
        case .speakerPanel(let panel): return performInSpeakerPanel(action, panel)
        case .speakerIndex(let index): return performInSpeakerIndex(action, index)
        case .feeds(let view): return performInFeeds(action, view)
        case .views(let list): return performInViews(action, list)
        default: return []
        }
    }
}
