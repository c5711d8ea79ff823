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
