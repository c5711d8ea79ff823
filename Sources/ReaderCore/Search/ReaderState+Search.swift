import ArchiveStore

extension ReaderState {
    /// `/`: searches the open article when reading it, else the whole archive.
    mutating func startSearch() -> [ReaderEffect] {
        if focus == .article, let article {
            enter(.prompt(Prompt(purpose: .articleSearch(origin: article.top, previous: article.search))))
        } else {
            enter(.prompt(Prompt(purpose: .archiveSearch)))
        }
        return []
    }

    /// Searches the open article for `pattern` as it is being typed: highlights every match
    /// and shows the first one from line `origin` on; when nothing matches, the view stays at
    /// `origin` and the status line says why.
    ///
    /// This is the work of one keystroke of an incremental search (the benchmarks time it).
    public mutating func searchIncrementally(_ pattern: String, regex: Bool, origin: Int) {
        guard var open = article else { return }
        open.top = origin
        open.search = nil
        status = nil
        if !pattern.isEmpty {
            do {
                let hits = try open.document.text.hits(of: pattern, regex: regex)
                if hits.isEmpty {
                    status = StatusMessage("Pattern not found: \(pattern)", isError: true)
                } else {
                    var search = ArticleSearch(pattern: pattern, hits: hits)
                    let next = search.firstHit(startingFrom: open.layout.anchor(ofLine: origin))
                    search.current = next < hits.count ? next : 0
                    open.search = search
                    open.reveal(line: open.layout.line(showing: hits[search.current ?? 0].start), height: articleHeight)
                    status = StatusMessage(search.progress)
                }
            } catch {
                status = StatusMessage(error.description, isError: true)
            }
        }
        open.clampScroll(height: articleHeight)
        article = open
    }

    /// `n` and `N`: moves to the next or previous match of the article's search, wrapping
    /// around at the ends (and saying so).
    mutating func moveToMatch(forward: Bool) -> [ReaderEffect] {
        guard var open = article else {
            status = StatusMessage("open an article first")
            return []
        }
        guard var search = open.search, !search.hits.isEmpty else {
            status = StatusMessage("no search yet: / searches the article")
            return []
        }
        let count = search.hits.count
        let target: Int
        var wrapped = false
        if let current = search.current {
            target = (current + (forward ? 1 : count - 1)) % count
            wrapped = forward ? target <= current : target >= current
        } else {
            target = forward ? 0 : count - 1
        }
        search.current = target
        open.search = search
        open.reveal(line: open.layout.line(showing: search.hits[target].start), height: articleHeight)
        article = open
        focusArticle()
        var message = search.progress
        if wrapped { message += forward ? " (search wrapped to the top)" : " (search wrapped to the bottom)" }
        status = StatusMessage(message)
        return []
    }

    /// Highlights the words of the archive search in the article `id` when it is the
    /// selected result, so that `n` goes to the first of them; `true` when there are any.
    mutating func attachArchiveSearch(to id: Int64) -> Bool {
        guard let results = archiveSearch, results.selectedResult?.summary.id == id,
            var open = article, open.document.articleID == id
        else { return false }
        let hits = open.document.text.hits(ofAny: FTSQuery.highlightTerms(results.query))
        open.search = hits.isEmpty ? nil : ArticleSearch(pattern: results.query, hits: hits)
        article = open
        return !hits.isEmpty
    }

    /// Scrolls the open article so that the first match of its search is in view.
    mutating func revealFirstMatch() {
        let height = articleHeight
        scrollArticle { open in
            guard let first = open.search?.hits.first else { return }
            open.reveal(line: open.layout.line(showing: first.start), height: height)
        }
    }

    /// Takes in a page of archive search results.
    mutating func receiveSearchResults(query: String, offset: Int, _ results: [SearchResult], total: Int)
        -> [ReaderEffect]
    {
        if offset > 0 {
            guard archiveSearch?.query == query, archiveSearch?.results.count == offset else { return [] }
            updateTopmost(\.searchResults) { $0.append(results) }
            return []
        }
        guard !results.isEmpty else {
            status = StatusMessage("nothing in the archive matches \(query)", isError: true)
            return []
        }
        let shown = ArchiveSearchResults(query: query, results: results, total: total)
        focusListPane()
        if mode.searchResults != nil { replaceMode(with: .searchResults(shown)) } else { enter(.searchResults(shown)) }
        status = StatusMessage(
            "\(shown.totalText) \(shown.total == 1 ? "article matches" : "articles match") \(query); Esc: the full list"
        )
        return []
    }

    /// Moves the selection among the archive search results, loading more near the end.
    mutating func moveInResults(by delta: Int) -> [ReaderEffect] {
        let height = listHeight
        updateTopmost(\.searchResults) {
            $0.moveSelection(by: delta)
            $0.scrollToSelection(height: height)
        }
        guard let results = archiveSearch else { return [] }
        return results.nextPageOffset.map { [.searchArchive(query: results.query, offset: $0)] } ?? []
    }
}
