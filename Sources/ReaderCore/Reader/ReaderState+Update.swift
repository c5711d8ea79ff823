import ArchiveStore

extension ReaderState {
    /// Applies `event` and returns the work it asks for.
    public mutating func update(_ event: ReaderEvent) -> [ReaderEffect] {
        switch event {
        case .key(let key):
            return handle(key)
        case .action(let action):
            status = nil
            return perform(action)
        case .mouse(let mouse):
            return handle(mouse)
        case .resize(let newSize):
            size = newSize
            let width = articleTextWidth
            scrollArticle { $0.relayout(width: width) }
            list.scrollToSelection(height: listHeight)
            return []
        case .rowsLoaded(let page, let rows, let total, let filter, let order):
            // A page of the list shown before `B`, `O` or the limit prompt changed it is of no use.
            guard filter == list.filter, order == list.order else { return [] }
            list.receive(page, rows: rows, total: total)
            list.scrollToSelection(height: listHeight)
            return []
        case .articleLoaded(let record, let annotations, let bookmark, let tags, let feed):
            var header = ArticleHeader(record: record, bookmark: bookmark, feed: feed)
            header.tags = tags
            article = OpenArticle(
                record: record, annotations: annotations, header: header,
                dateFormat: preferences.dateFormat, width: articleTextWidth)
            articleDidOpen()
            guard let id = record.id else { return [] }
            let unread = list.markRead(id: id)
            updateTopmost(\.searchResults) { $0.update(id: id) { $0.read = true } }
            let markRead: [ReaderEffect] =
                unread ? [.setRead(id: id, read: true), .countUnread(filter: list.filter)] : []
            // Opened from a search result, the article shows the first match, not where it was left.
            if attachArchiveSearch(to: id) {
                revealFirstMatch()
                return markRead
            }
            return markRead + [.loadReadingPosition(id: id)]
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
            if lastFocus == .article { focusArticle() }
            return [.openArticle(id: id)]
        case .articleDeleted(let id):
            return articleDeleted(id: id)
        case .articleRestored(let id, let title):
            return articleRestored(id: id, title: title)
        case .markedRead(let count):
            return markedRead(count: count)
        case .speakersLoaded(let filter, let offset, let speakers):
            receiveSpeakers(filter: filter, offset: offset, speakers)
            return []
        case .speakerArticlesLoaded(let key, let offset, let articles):
            receiveSpeakerArticles(key: key, offset: offset, articles)
            return []
        case .feedsLoaded(let overviews):
            receiveFeeds(overviews)
            return []
        case .viewsCounted(let counts):
            receiveViews(counts)
            return []
        case .feedsFetching(let done, let total):
            status = StatusMessage("fetching feeds: \(done) of \(total)")
            return []
        case .feedsFetched(let summary, let failed):
            // The new articles join the list where it stands; the summary stays on the status line.
            let effects = refresh()
            status = StatusMessage(summary + (failed ? " (dateline feeds lists why)" : ""), isError: failed)
            return effects
        case .tagsChanged(let id, let tags):
            showTags(id: id, tags: tags)
            return []
        case .tagNamesLoaded(let names):
            tagNames = names
            return []
        case .failed(let message):
            status = StatusMessage(message, isError: true)
            return []
        case .unreadCounted(let count, let filter):
            guard filter == list.filter else { return [] }
            unreadCount = count
            return []
        }
    }

    /// A key: the prompt takes every key, the speaker index's filter takes typed text, and
    /// the keymap turns every other key into an action for the top mode.
    private mutating func handle(_ key: Key) -> [ReaderEffect] {
        if case .prompt = mode { return handlePromptKey(key) }
        status = nil
        if let effects = filterSpeakerIndex(key) { return effects }
        guard let action = keymap.action(for: key) else {
            if mode.helpOverlay != nil {
                status = StatusMessage(helpHint)
                return []
            }
            status = StatusMessage("\(key.name) is not bound to anything; ? shows the keys")
            return []
        }
        return perform(action)
    }

    /// Carries out one action in the top mode.
    mutating func perform(_ action: Action) -> [ReaderEffect] {
        switch mode {
        case .list: return performInList(action)
        case .searchResults(let results): return performInSearchResults(action, results)
        case .speakerIndex(let index): return performInSpeakerIndex(action, index)
        case .feeds(let view): return performInFeeds(action, view)
        case .views(let list): return performInViews(action, list)
        case .article: return performInArticle(action)
        case .speakerPanel(let panel): return performInSpeakerPanel(action, panel)
        case .help(let overlay): return performInHelp(action, overlay)
        case .prompt:
            // Keys go to the prompt; an action reaches it only from outside (the input ended).
            return action == .quit ? quitEffects : []
        }
    }

    /// Changes the open article's position, then keeps the scroll within the article.
    mutating func scrollArticle(_ change: (inout OpenArticle) -> Void) {
        guard var open = article else { return }
        change(&open)
        open.clampScroll(height: articleHeight)
        article = open
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
        focusArticle()
        var message = "quote \((steppable.firstIndex(of: target) ?? target) + 1) of \(steppable.count)"
        if let speaker = quotes[target].speakerName { message += ": " + speaker }
        status = StatusMessage(message)
    }
}
