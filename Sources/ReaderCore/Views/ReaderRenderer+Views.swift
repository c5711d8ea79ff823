extension ReaderRenderer {
    /// The views list in the list pane: a title, column headings, then per view its unread
    /// count, its name and its filter.
    static func drawViews(_ list: ViewsList, focused: Bool, in rect: Rect, into screen: inout Screen) {
        guard rect.height > 0 else { return }
        clear(rect, into: &screen)
        let end = rect.column + rect.width
        let configured = max(0, list.views.rows.count - 1)
        let title = "Views \u{2014} \(configured) in config.toml"
        screen.write(
            fitted(title, width: rect.width - 1), role: .title, row: rect.row, column: rect.column + 1, limit: end)
        screen.write(
            fitted(" unread  view", width: rect.width), role: .listItem, row: rect.row + 1, column: rect.column,
            limit: end)
        if list.views.isLoaded && configured == 0 {
            // Below the one row of every article.
            let top = SpeakerIndex.headerLines + 2
            drawWrapped(
                "No views yet: add [views.NAME] tables with a filter to config.toml.", role: .listItem,
                in: Rect(
                    row: rect.row + top, column: rect.column + 1, width: max(0, rect.width - 2),
                    height: max(0, rect.height - top)), into: &screen)
        }
        drawIndexRows(list.views, focused: focused, in: rect, into: &screen) { count in
            let filter = count.view.filter.isEmpty ? "" : "  " + count.view.filter.expression
            return padded(count.unread, 7) + "  " + count.view.name + filter
        }
    }
}
