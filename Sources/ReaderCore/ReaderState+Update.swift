import ArchiveStore

extension ReaderState {
    /// Applies `event` and returns the work it asks for.
    public mutating func update(_ event: ReaderEvent) -> [ReaderEffect] {
        switch event {
        case .key(let key):
            if prompt != nil { return handlePromptKey(key) }
            status = nil
            if let effects = handleSpeakerIndexKey(key) { return effects }
            guard let action = keymap.action(for: key) else {
                // Any key closes the help, bound or not.
                if helpVisible {
                    helpVisible = false
                    return []
                }
                status = StatusMessage("\(key.name) is not bound to anything; ? shows the keys")
                return []
            }
            return perform(action)
        case .action(let action):
            status = nil
            return perform(action)
        case .mouse(let mouse):
            if let effects = handleSpeakerMouse(mouse) { return effects }
            return handle(mouse)
        case .resize(let newSize):
            size = newSize
            let width = articleTextWidth
            scrollArticle { $0.relayout(width: width) }
            list.scrollToSelection(height: listHeight)
            return []
        case .rowsLoaded(let page, let rows, let total):
            list.receive(page, rows: rows, total: total)
            list.scrollToSelection(height: listHeight)
            return []
        case .articleLoaded(let record, let annotations):
            let document = ArticleDocument(record: record, annotations: annotations)
            article = OpenArticle(document: document, width: articleTextWidth)
            articleDidOpen()
            guard let id = record.id else { return [] }
            attachArchiveSearch(to: id)
            let unread = list.markRead(id: id)
            archiveSearch?.update(id: id) { $0.read = true }
            return (unread ? [.setRead(id: id, read: true)] : []) + [.loadReadingPosition(id: id)]
        case .bookmarkChanged(let id, let bookmarked, let note):
            showBookmark(id: id, bookmarked: bookmarked, note: note)
            return []
        case .readingPositionLoaded(let id, let offset):
            guard article?.document.articleID == id else { return [] }
            let height = articleHeight
            scrollArticle { $0.scroll(toReadingPosition: offset, height: height) }
            return []
        case .searchResultsLoaded(let query, let offset, let results, let total):
            return receiveSearchResults(query: query, offset: offset, results, total: total)
        case .lastPlaceLoaded(let id, let lastFocus):
            if let position = list.position(of: id) {
                list.selected = position
                list.scrollToSelection(height: listHeight)
            }
            focus = lastFocus
            return [.openArticle(id: id)]
        case .speakersLoaded(let filter, let offset, let speakers):
            receiveSpeakers(filter: filter, offset: offset, speakers)
            return []
        case .speakerArticlesLoaded(let key, let offset, let articles):
            receiveSpeakerArticles(key: key, offset: offset, articles)
            return []
        case .failed(let message):
            status = StatusMessage(message, isError: true)
            return []
        }
    }

    /// Carries out one action.
    mutating func perform(_ action: Action) -> [ReaderEffect] {
        if helpVisible {
            helpVisible = false
            return action == .quit ? quitEffects : []
        }
        if speakerPanel != nil { return performInSpeakerPanel(action) }
        switch action {
        case .moveDown: return move(by: 1)
        case .moveUp: return move(by: -1)
        case .pageDown: return move(by: max(1, paneHeight - 1))
        case .pageUp: return move(by: -max(1, paneHeight - 1))
        case .halfPageDown: return move(by: max(1, paneHeight / 2))
        case .halfPageUp: return move(by: -max(1, paneHeight / 2))
        case .top: return goToEnd(bottom: false)
        case .bottom: return goToEnd(bottom: true)
        case .open: return openSelected()
        case .back:
            if focus == .article, article?.speakerFilter != nil { return toggleSpeakerPanel() }
            return backToList()
        case .switchPane:
            if focus == .list, article != nil { focus = .article } else { focus = .list }
            return []
        case .nextArticle: return openNeighbour(by: 1)
        case .previousArticle: return openNeighbour(by: -1)
        case .nextQuote: return moveToQuote(forward: true)
        case .previousQuote: return moveToQuote(forward: false)
        case .search: return startSearch()
        case .nextMatch: return moveToMatch(forward: true)
        case .previousMatch: return moveToMatch(forward: false)
        case .toggleBookmark: return toggleBookmark()
        case .bookmarksOnly: return toggleBookmarksOnly()
        case .editNote: return editNote()
        case .toggleRead: return toggleRead()
        case .openSource: return openSource()
        case .refresh: return refresh()
        case .speakers: return toggleSpeakerPanel()
        case .speakerIndex: return openSpeakerIndex()
        case .cycleTheme:
            cycleTheme()
            return []
        case .help:
            helpVisible = true
            return []
        case .quitOrBack:
            if focus == .article || archiveSearch != nil { return backToList() }
            return quitEffects
        case .quit: return quitEffects
        }
    }

    /// Changes the open article's position, then keeps the scroll within the article.
    mutating func scrollArticle(_ change: (inout OpenArticle) -> Void) {
        guard var open = article else { return }
        change(&open)
        open.clampScroll(height: articleHeight)
        article = open
    }

    /// The height of the focused pane.
    private var paneHeight: Int { focus == .list ? listHeight : articleHeight }

    /// Moves the selection (list) or scrolls (article) by `delta` lines.
    private mutating func move(by delta: Int) -> [ReaderEffect] {
        if focus == .article, article != nil {
            scrollArticle { $0.top += delta }
            return []
        }
        if archiveSearch != nil { return moveInResults(by: delta) }
        list.moveSelection(by: delta)
        list.scrollToSelection(height: listHeight)
        return list.pageNeeded.map { [.loadRows($0)] } ?? []
    }

    /// Goes to the top or the bottom of the focused pane.
    private mutating func goToEnd(bottom: Bool) -> [ReaderEffect] {
        if focus == .article, article != nil {
            scrollArticle { $0.top = bottom ? Int.max : 0 }
            return []
        }
        if let results = archiveSearch {
            return moveInResults(by: bottom ? results.results.count : -results.selected)
        }
        guard list.total > 0 else { return [] }
        if bottom {
            list.selected = list.total - 1
            if list.row(at: list.selected) == nil { return [.loadRows(.oldest)] }
        } else {
            list.selected = 0
            if list.row(at: 0) == nil { return [.loadRows(.newest)] }
        }
        list.scrollToSelection(height: listHeight)
        return []
    }

    /// Opens the selected article and moves the focus to it.
    private mutating func openSelected() -> [ReaderEffect] {
        guard let id = archiveSearch?.selectedResult?.summary.id ?? list.selectedRow?.id else { return [] }
        focus = .article
        if article?.document.articleID == id {
            attachArchiveSearch(to: id)
            return []
        }
        return savePositionEffects + [.openArticle(id: id)]
    }

    /// Selects and opens the article `delta` rows away.
    private mutating func openNeighbour(by delta: Int) -> [ReaderEffect] {
        if var results = archiveSearch {
            let before = results.selected
            results.moveSelection(by: delta)
            archiveSearch = results
            if results.selected == before {
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
        let effects = openSelected()
        return effects + (list.pageNeeded.map { [.loadRows($0)] } ?? [])
    }

    /// Marks the next or previous quote and scrolls it into view.
    private mutating func moveToQuote(forward: Bool) -> [ReaderEffect] {
        guard let open = article else {
            status = StatusMessage("open an article first")
            return []
        }
        let steppable = open.steppableQuotes
        guard !steppable.isEmpty else {
            status = StatusMessage("no quotes in this article")
            return []
        }
        let target: Int?
        if let current = open.currentQuote {
            target = forward ? steppable.first { $0 > current } : steppable.last { $0 < current }
        } else if forward {
            target = steppable.first { open.line(ofQuote: $0) >= open.top }
        } else {
            target = steppable.last { open.line(ofQuote: $0) < open.top + articleHeight }
        }
        guard let target else {
            status = StatusMessage(forward ? "no more quotes below" : "no more quotes above")
            return []
        }
        showQuote(target)
        return []
    }

    /// Marks quote `target` as current, scrolls it into view and names it in the status line.
    mutating func showQuote(_ target: Int) {
        guard var open = article, open.document.quotes.indices.contains(target) else { return }
        let quotes = open.document.quotes
        let steppable = open.steppableQuotes
        open.currentQuote = target
        let line = open.line(ofQuote: target)
        if line < open.top || line >= open.top + articleHeight {
            open.top = line - min(2, articleHeight / 4)
        }
        open.clampScroll(height: articleHeight)
        article = open
        focus = .article
        var message = "quote \((steppable.firstIndex(of: target) ?? target) + 1) of \(steppable.count)"
        if let speaker = quotes[target].speakerName { message += ": " + speaker }
        status = StatusMessage(message)
    }

    /// Wheel scrolls the pane under the pointer; a press on a list row opens that article.
    private mutating func handle(_ mouse: MouseEvent) -> [ReaderEffect] {
        let panes = layout
        let step = 3
        if let listRect = panes.list, listRect.contains(row: mouse.row, column: mouse.column) {
            switch mouse.kind {
            case .wheelUp, .wheelDown:
                let saved = focus
                focus = .list
                let effects = move(by: mouse.kind == .wheelUp ? -step : step)
                focus = saved
                return effects
            case .press:
                if let results = archiveSearch {
                    let index = results.top + (mouse.row - listRect.row) / ArchiveSearchResults.rowsPerResult
                    guard results.results.indices.contains(index) else { return [] }
                    archiveSearch?.selected = index
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
                focus = .article
            }
        }
        return []
    }
}
