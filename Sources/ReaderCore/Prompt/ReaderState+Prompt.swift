extension ReaderState {
    /// Applies a key to the open prompt: edits it, searches as the pattern changes, and
    /// finishes or cancels it.
    mutating func handlePromptKey(_ key: Key) -> [ReaderEffect] {
        guard var edited = prompt else { return [] }
        if case .confirmDelete(let id, let title) = edited.purpose {
            leaveMode()
            return key.name == "y" ? deleteArticle(id: id, title: title) : keepArticle()
        }
        if case .tags = edited.purpose, key == .tab {
            completeTag(in: &edited)
            replaceMode(with: .prompt(edited))
            return []
        }
        let edit = edited.edit(key, history: searchHistory)
        replaceMode(with: .prompt(edited))
        switch edit {
        case .unchanged:
            return []
        case .changed:
            switch edited.purpose {
            case .articleSearch(let origin, _):
                searchIncrementally(edited.string, regex: edited.isRegex, origin: origin)
            case .helpFilter: filterHelp(edited.string)
            case .archiveSearch, .bookmarkNote, .pipeCommand, .limit, .confirmDelete, .tags: break
            }
            return []
        case .cancelled:
            leaveMode()
            status = nil
            switch edited.purpose {
            case .articleSearch(let origin, let previous): restoreSearch(previous, top: origin)
            case .helpFilter(let previous): filterHelp(previous)
            case .archiveSearch, .bookmarkNote, .pipeCommand, .limit, .confirmDelete, .tags: break
            }
            return []
        case .confirmed:
            leaveMode()
            return confirm(edited)
        }
    }

    /// Finishes a prompt with its text.
    private mutating func confirm(_ finished: Prompt) -> [ReaderEffect] {
        let text = finished.string
        switch finished.purpose {
        case .articleSearch(let origin, let previous):
            guard !text.isEmpty else {
                restoreSearch(previous, top: origin)
                return []
            }
            remember(text)
            // Not found or an invalid pattern: the message stays, and so does the view.
            if article?.search == nil { restoreSearch(previous, top: origin) }
            return []
        case .archiveSearch:
            let query = text.trimmingCharacters(in: .whitespaces)
            guard !query.isEmpty else { return [] }
            remember(query)
            status = StatusMessage("searching the archive for \(query)\u{2026}")
            return [.searchArchive(query: query, offset: 0)]
        case .bookmarkNote(let id):
            return [.setBookmarkNote(id: id, note: text)]
        case .pipeCommand:
            return pipeArticle(to: text)
        case .helpFilter:
            return []
        case .limit:
            return limitList(text)
        case .confirmDelete:
            return []
        case .tags(let id):
            return [.setTags(id: id, tags: text.split(whereSeparator: \.isWhitespace).map(String.init))]
        }
    }

    /// Adds `entry` to the search history, once, as the newest.
    private mutating func remember(_ entry: String) {
        searchHistory.removeAll { $0 == entry }
        searchHistory.append(entry)
        if searchHistory.count > 100 { searchHistory.removeFirst(searchHistory.count - 100) }
    }

    /// Puts back the search and the scroll position from before a search prompt opened.
    private mutating func restoreSearch(_ previous: ArticleSearch?, top: Int) {
        scrollArticle {
            $0.search = previous
            $0.top = top
        }
    }
}
