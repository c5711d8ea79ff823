import ArchiveStore

extension ReaderState {
    /// The limit prompt's Enter: the list of the articles `expression` describes, or the
    /// parser's sentence on the status line (the list stays as it was).
    mutating func limitList(_ expression: String) -> [ReaderEffect] {
        do throws(ArticleFilterError) {
            return show(try ArticleFilter(parsing: expression))
        } catch {
            status = StatusMessage(error.description, isError: true)
            return []
        }
    }

    /// `O`: the next order of the list (newest, oldest, title, source, quotes, newest…),
    /// keeping the selected article selected when it is on the first page; remembered.
    mutating func cycleOrder() -> [ReaderEffect] {
        let orders = ArticleOrder.allCases
        let next = orders[((orders.firstIndex(of: list.order) ?? 0) + 1) % orders.count]
        list = ArticleList(filter: list.filter, order: next, selecting: list.selectedRow?.id)
        removeModes { $0.searchResults != nil }
        focusListPane()
        status = StatusMessage("sorted by \(next.rawValue)")
        return [.loadRows(.newest, filter: list.filter, order: next), .rememberOrder(next)]
    }

    /// `v`: the list of the next view of `config.toml` after the one shown (the first when
    /// none is), and every article after the last.
    mutating func nextView() -> [ReaderEffect] {
        let views = preferences.views
        guard !views.isEmpty else {
            status = StatusMessage("no views: add [views.NAME] tables with a filter to config.toml")
            return []
        }
        let current = views.firstIndex { $0.filter == list.filter }
        let next = current.map { $0 + 1 } ?? 0
        guard next < views.count else { return show(ArticleFilter()) }
        let effects = show(views[next].filter)
        status = StatusMessage(
            "view \(views[next].name) (\(next + 1)/\(views.count)): \(views[next].filter.expression)")
        return effects
    }

    /// Shows the list of the articles `filter` keeps (every article for an empty filter),
    /// keeping the selected article selected when it is in it; archive search results close.
    mutating func show(_ filter: ArticleFilter) -> [ReaderEffect] {
        list = ArticleList(filter: filter, order: list.order, selecting: list.selectedRow?.id)
        removeModes { $0.searchResults != nil }
        focusListPane()
        status = StatusMessage(filter.isEmpty ? "all articles" : "filter: " + filter.expression)
        return [.loadRows(.newest, filter: filter, order: list.order), .countUnread(filter: filter)]
    }
}
