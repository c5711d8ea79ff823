import ArchiveStore

extension ReaderRenderer {
    /// Where the selection of the list pane is, then how many articles of the list (as
    /// filtered) are unread when counted: "3/120 · 12 unread".
    static func listStatus(_ state: ReaderState) -> String {
        guard let unread = state.unreadCount else { return listPosition(state) }
        return listPosition(state) + " \u{00B7} \(unread) unread"
    }

    /// "3/120", "bookmarks 1/3", "view morning 2/9", "search okonjo 2/4" or "12/58 speakers":
    /// where the selection of the list pane is.
    static func listPosition(_ state: ReaderState) -> String {
        if case .speakerIndex(let index) = state.listPaneMode {
            switch index.level {
            case .speakers: return position(in: index.speakers) + " speakers"
            case .articles: return position(in: index.articles) + " articles"
            }
        }
        if case .feeds(let view) = state.listPaneMode { return position(in: view.feeds) + " feeds" }
        if case .views(let list) = state.listPaneMode { return position(in: list.views) + " views" }
        if let results = state.archiveSearch {
            return "search \(results.query) \(results.selected + 1)/\(results.totalText)"
        }
        let list = state.list
        let count = "\(min(list.selected + 1, list.total))/\(list.total)"
        let order = list.order == .newest ? "" : "by \(list.order.rawValue) "
        if list.filter.isEmpty { return order + count }
        let filter =
            list.filter == ArticleFilter(bookmarked: true)
            ? "bookmarks" : state.activeView.map { "view " + $0.name } ?? list.filter.expression
        return filter + " " + order + count
    }

    /// "12/58" in rows loaded a page at a time; "12/200+" while more pages are to come.
    private static func position<Row>(in rows: PagedRows<Row>) -> String {
        "\(min(rows.selected + 1, rows.rows.count))/\(rows.rows.count)\(rows.isComplete ? "" : "+")"
    }

    /// The keys worth knowing in the focused pane, as the keymap binds them.
    static func hint(_ state: ReaderState) -> String {
        if state.focus == .list {
            if case .feeds = state.listPaneMode {
                return state.keyHint([([.open], "list its articles"), ([.back], "close"), ([.help], "help")])
            }
            if case .views = state.listPaneMode {
                return state.keyHint([([.open], "show it"), ([.back], "close"), ([.help], "help")])
            }
            if state.archiveSearch != nil {
                return state.keyHint([([.open], "open"), ([.back], "full list"), ([.help], "help")])
            }
            return state.keyHint([([.open], "open"), ([.search], "search"), ([.help], "help"), ([.quitOrBack], "quit")])
        }
        let back = state.keyHint([([.help], "help"), ([.quitOrBack], "back")])
        if let search = state.article?.search, search.current != nil {
            return search.progress + "  " + state.keyHint([([.nextMatch, .previousMatch], "matches")]) + "  " + back
        }
        return state.keyHint([
            ([.nextQuote, .previousQuote], "quotes"), ([.nextArticle, .previousArticle], "articles"),
        ])
            + "  " + back
    }

    static func drawStatus(_ state: ReaderState, layout: PaneLayout, into screen: inout Screen) {
        let row = layout.statusRow
        let width = state.size.width
        screen.fill(.status, row: row, from: 0, to: width)
        var right = width
        if layout.article != nil, let article = state.article {
            let total = article.layout.lineCount
            let height = max(1, state.size.height - 1)
            let percent = total <= height ? 100 : min(100, (article.top + height) * 100 / total)
            let position = " line \(article.top + 1)/\(total) \(percent)% "
            right = max(0, width - DisplayWidth.of(position))
            screen.write(position, role: .position, row: row, column: right, limit: width)
        }
        if let prompt = state.prompt {
            drawPrompt(prompt, status: state.status, row: row, right: right, into: &screen)
            return
        }
        let message: String
        var role = Role.status
        if let status = state.status {
            message = status.text
            if status.isError { role = .statusError }
        } else if state.list.total == 0 && state.list.filter.isEmpty && state.archiveSearch == nil {
            message = state.keyHint([([.help], "help"), ([.quitOrBack], "quit")])
        } else {
            message = listStatus(state) + "  " + (state.speakerHint ?? hint(state))
        }
        screen.write(" " + fitted(message, width: max(0, right - 2)), role: role, row: row, column: 0, limit: right)
    }
}
