import ArchiveStore

extension ReaderState {
    /// An action while the article list has the keys.
    mutating func performInList(_ action: Action) -> [ReaderEffect] {
        if let delta = action.moveDistance(height: listHeight) { return moveInListPane(by: delta) }
        switch action {
        case .top, .bottom: return goToEndOfList(bottom: action == .bottom)
        case .back: return list.filter.isEmpty ? [] : show(ArticleFilter())
        case .switchPane: return focusArticleIfOpen()
        case .quitOrBack: return quitEffects
        default: return performAnywhere(action)
        }
    }

    /// An action while archive search results have the keys.
    mutating func performInSearchResults(_ action: Action, _ results: ArchiveSearchResults) -> [ReaderEffect] {
        if let delta = action.moveDistance(height: listHeight) { return moveInListPane(by: delta) }
        switch action {
        case .top: return moveInListPane(by: -results.selected)
        case .bottom: return moveInListPane(by: results.results.count)
        case .back, .quitOrBack:
            leaveMode()
            return []
        case .switchPane: return focusArticleIfOpen()
        default: return performAnywhere(action)
        }
    }

    /// An action that does the same in the list, the search results and the article.
    mutating func performAnywhere(_ action: Action) -> [ReaderEffect] {
        switch action {
        case .open: return openSelected()
        case .nextArticle: return openNeighbour(by: 1)
        case .previousArticle: return openNeighbour(by: -1)
        case .nextUnread: return openNextUnread()
        case .nextQuote: return moveToQuote(forward: true)
        case .previousQuote: return moveToQuote(forward: false)
        case .search: return startSearch()
        case .nextMatch: return moveToMatch(forward: true)
        case .previousMatch: return moveToMatch(forward: false)
        case .toggleBookmark: return toggleBookmark()
        case .bookmarksOnly: return toggleBookmarksOnly()
        case .limit:
            enter(.prompt(Prompt(purpose: .limit, text: list.filter.expression)))
            return []
        case .sort: return cycleOrder()
        case .views: return openViews()
        case .editTags: return editTags()
        case .deleteArticle: return askToDelete()
        case .undoDelete: return undoDelete()
        case .markAllRead: return markListRead(toHere: false)
        case .markReadToHere: return markListRead(toHere: true)
        case .editNote: return editNote()
        case .toggleRead: return toggleRead()
        case .openSource: return openSource()
        case .copy: return copyQuoteOrAddress()
        case .copyArticle: return copyArticle()
        case .pipeArticle: return startPipe()
        case .refresh: return refresh()
        case .fetchFeeds:
            status = StatusMessage("fetching feeds")
            return [.fetchFeeds]
        case .speakers: return toggleSpeakerPanel()
        case .speakerIndex: return openSpeakerIndex()
        case .feeds: return openFeeds()
        case .cycleTheme: return cycleTheme()
        case .fullWidth: return changeLayout { $0.fullWidth.toggle() }
        case .narrowList: return changeLayout { $0.listWidth = $0.layoutListWidth - PaneLayout.listWidthStep }
        case .widenList: return changeLayout { $0.listWidth = $0.layoutListWidth + PaneLayout.listWidthStep }
        case .help:
            enter(.help(HelpOverlay()))
            return []
        case .quit: return quitEffects
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .back, .switchPane,
            .quitOrBack:
            // Each mode moves, goes back and switches panes its own way.
            return []
        }
    }

    /// `Tab` from the list pane: to the article, when one is open. The selection goes back to
    /// the open article, so that the pane, the position on the status line and `J`/`K` agree.
    private mutating func focusArticleIfOpen() -> [ReaderEffect] {
        guard let id = article?.document.articleID else { return [] }
        focusArticle()
        if archiveSearch != nil {
            guard let index = archiveSearch?.results.firstIndex(where: { $0.summary.id == id }) else { return [] }
            updateTopmost(\.searchResults) { $0.selected = index }
            return moveInResults(by: 0)
        }
        guard let position = list.position(of: id) else { return [] }
        list.selected = position
        list.scrollToSelection(height: listHeight)
        return []
    }

    /// Moves the selection of the list pane (the list or the search results) by `delta` rows,
    /// loading more rows near the edge of those loaded.
    mutating func moveInListPane(by delta: Int) -> [ReaderEffect] {
        if archiveSearch != nil { return moveInResults(by: delta) }
        list.moveSelection(by: delta)
        list.scrollToSelection(height: listHeight)
        return listPageEffects
    }

    /// Loads the page of the list the selection needs next, if any.
    var listPageEffects: [ReaderEffect] {
        list.pageNeeded.map { [.loadRows($0, filter: list.filter, order: list.order)] } ?? []
    }

    /// `g` and `G` in the list: the first or last article, loading that end of the list.
    private mutating func goToEndOfList(bottom: Bool) -> [ReaderEffect] {
        guard list.total > 0 else { return [] }
        if bottom {
            list.selected = list.total - 1
            if list.row(at: list.selected) == nil {
                return [.loadRows(.oldest, filter: list.filter, order: list.order)]
            }
        } else {
            list.selected = 0
            if list.row(at: 0) == nil { return [.loadRows(.newest, filter: list.filter, order: list.order)] }
        }
        list.scrollToSelection(height: listHeight)
        return []
    }

    /// Opens the article selected in the list pane and gives it the focus.
    mutating func openSelected() -> [ReaderEffect] {
        guard let id = archiveSearch?.selectedResult?.summary.id ?? list.selectedRow?.id else { return [] }
        focusArticle()
        if article?.document.articleID == id {
            if attachArchiveSearch(to: id) { revealFirstMatch() }
            return []
        }
        return savePositionEffects + [.openArticle(id: id)]
    }

    /// `U`, and `Space` at the end of an article: opens the first unread article after the
    /// selection, among the rows loaded in the list pane.
    mutating func openNextUnread() -> [ReaderEffect] {
        let next: Int?
        let selected: Int
        if let results = archiveSearch {
            selected = results.selected
            next = results.results.indices.first { $0 > selected && !results.results[$0].summary.read }
        } else {
            selected = list.selected
            next = (selected + 1..<list.offset + list.rows.count).first { list.row(at: $0)?.read == false }
        }
        guard let next else {
            status = StatusMessage("no unread article below")
            return []
        }
        return openNeighbour(by: next - selected)
    }

    /// Selects and opens the article `delta` rows away.
    private mutating func openNeighbour(by delta: Int) -> [ReaderEffect] {
        if let results = archiveSearch {
            let before = results.selected
            updateTopmost(\.searchResults) { $0.moveSelection(by: delta) }
            if archiveSearch?.selected == before {
                status = StatusMessage(delta > 0 ? "this is the last result" : "this is the first result")
                return []
            }
            return moveInResults(by: 0) + openSelected()
        }
        let before = list.selected
        list.moveSelection(by: delta)
        if list.selected == before {
            status = StatusMessage(delta > 0 ? "this is the last article" : "this is the first article")
            return []
        }
        list.scrollToSelection(height: listHeight)
        return openSelected() + listPageEffects
    }

    /// `R`: reloads the list from the archive (changes made by another reader show up),
    /// keeping the selection where it was.
    mutating func refresh() -> [ReaderEffect] {
        var fresh = ArticleList(filter: list.filter, order: list.order)
        fresh.selected = list.selected
        fresh.top = list.top
        list = fresh
        status = StatusMessage("list reloaded")
        return [.loadRows(.newest, filter: list.filter, order: list.order), .countUnread(filter: list.filter)]
    }
}
