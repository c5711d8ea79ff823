import ArchiveStore

extension ReaderRenderer {

    /// The list pane shows its top mode: the list, archive search results, the speaker index,
    /// the feeds view or the views list.
    static func drawList(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .list
        switch state.listPaneMode {
        case .searchResults(let results):
            drawSearchResults(results, focused: focused, preferences: state.preferences, in: rect, into: &screen)
        case .speakerIndex(let index):
            drawSpeakerIndex(index, focused: focused, in: rect, into: &screen)
        case .feeds(let view):
            drawFeeds(view, focused: focused, in: rect, into: &screen)
        case .views(let list):
            drawViews(list, focused: focused, in: rect, into: &screen)
        default:
            drawArticleList(state, in: rect, into: &screen)
        }
    }

    private static func drawArticleList(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let list = state.list
        if list.isLoaded && list.total == 0 {
            let message =
                list.filter == ArticleFilter(bookmarked: true)
                ? "No bookmarks yet. b bookmarks the selected article; B shows all articles."
                : list.filter.isEmpty
                    ? "No articles yet. Import some with: " + ImportHint.command(archive: state.archiveArgument)
                    : "No article matches \(list.filter.expression). Esc shows every article."
            drawWrapped(message, role: .listItem, in: rect, into: &screen)
            return
        }
        for line in 0..<rect.height {
            let position = list.top + line
            guard let summary = list.row(at: position) else { continue }
            drawRow(
                summary, selected: position == list.selected, focused: state.focus == .list,
                preferences: state.preferences, row: rect.row + line, in: rect, into: &screen)
        }
    }

    /// One list row: bookmark marker, title (then its tags and the bookmark's note), then the configured
    /// columns (byline or source, date).
    static func drawRow(
        _ summary: ArticleSummary, selected: Bool, focused: Bool, preferences: ReaderPreferences, row: Int,
        in rect: Rect, into screen: inout Screen
    ) {
        let end = rect.column + rect.width
        let titleRole: Role = selected ? .listSelected : (summary.read ? .listRead : .listUnread)
        let detailRole: Role = selected ? .listSelected : .listItem
        if selected { screen.fill(.listSelected, row: row, from: rect.column, to: end) }
        let marker: Character = summary.bookmarked ? "\u{2605}" : (selected && focused ? "\u{25B8}" : " ")
        screen.put(
            marker, width: 1, role: selected ? .listSelected : .listBookmarked, row: row,
            column: rect.column, limit: end)
        var detailColumn = end
        let shown = preferences.listColumns.filter { rect.width >= $0.minimumPaneWidth }
        let textWidth = ListColumn.width(inPane: rect.width)
        for column in shown.reversed() {
            let text: String
            let width: Int
            switch column {
            case .date:
                text =
                    (rect.width >= ListColumn.labelledDateWidth ? "imported " : "")
                    + preferences.dateFormat.string(for: summary.importedAt)
                width = DisplayWidth.of(text)
            case .byline:
                let byline = summary.byline.flatMap { $0.isEmpty ? nil : $0 }
                text = byline ?? (shown.contains(.source) ? "" : summary.source.map(ListSource.name) ?? "")
                width = textWidth
            case .source:
                text = summary.source.map(ListSource.name) ?? ""
                width = textWidth
            }
            detailColumn -= width + 1
            screen.write(
                fitted(text, width: width), role: detailRole, row: row, column: detailColumn + 1,
                limit: detailColumn + 1 + width)
        }
        let titleStart = rect.column + 2
        let room = detailColumn - titleStart
        // The tags ("#coast #harbour") and a note ("✎ ask the union") take up to half the room
        // after the title.
        let details = (summary.tags.map { "#" + $0 } + (summary.note.map { ["\u{270E} " + $0] } ?? []))
        let note = details.isEmpty ? nil : details.joined(separator: " ")
        let noteWidth = note.map { min(DisplayWidth.of($0) + 2, room / 2) } ?? 0
        let titleEnd = screen.write(
            fitted(summary.title, width: room - noteWidth), role: titleRole, row: row,
            column: titleStart, limit: detailColumn - noteWidth)
        if let note, noteWidth > 2 {
            screen.write(
                fitted(note, width: noteWidth - 2), role: detailRole, row: row, column: titleEnd + 2,
                limit: detailColumn)
        }
    }
}
