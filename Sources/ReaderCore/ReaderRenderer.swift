import ArchiveStore
import ArticleAnalysis

/// Draws a `ReaderState` into a `Screen`: a pure function of the state.
public enum ReaderRenderer {
    /// The screen for `state` at its size.
    public static func render(_ state: ReaderState) -> Screen {
        var screen = Screen(width: state.size.width, height: state.size.height)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(into: &screen)
            return screen
        }
        if let rect = layout.list { drawList(state, in: rect, into: &screen) }
        if let column = layout.separatorColumn {
            for row in 0..<max(0, state.size.height - 1) {
                screen.put("\u{2502}", width: 1, role: .separator, row: row, column: column, limit: column + 1)
            }
        }
        if let rect = layout.article { drawArticle(state, in: rect, into: &screen) }
        for mode in state.modes {
            switch mode {
            case .speakerPanel(let panel): drawSpeakerPanel(panel, state, into: &screen)
            case .help: drawHelp(state, into: &screen)
            case .list, .searchResults, .speakerIndex, .article, .prompt: break
            }
        }
        drawStatus(state, layout: layout, into: &screen)
        return screen
    }

    // MARK: - List pane

    /// The list pane shows its top mode: the list, archive search results or the speaker index.
    private static func drawList(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .list
        switch state.listPaneMode {
        case .searchResults(let results):
            drawSearchResults(results, focused: focused, preferences: state.preferences, in: rect, into: &screen)
        case .speakerIndex(let index):
            drawSpeakerIndex(index, focused: focused, in: rect, into: &screen)
        default:
            drawArticleList(state, in: rect, into: &screen)
        }
    }

    private static func drawArticleList(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let list = state.list
        if list.isLoaded && list.total == 0 {
            let message =
                list.bookmarkedOnly
                ? "No bookmarks yet. b bookmarks the selected article; B shows all articles."
                : "No articles yet. Import some with: dateline import FILE..."
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

    /// One list row: bookmark marker, title (and the bookmark's note), then the configured
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
        for column in preferences.listColumns.reversed() where rect.width >= column.minimumPaneWidth {
            switch column {
            case .date:
                let date = preferences.dateFormat.string(for: summary.publishedAt ?? summary.importedAt)
                let dateEnd = detailColumn
                detailColumn -= DisplayWidth.of(date) + 1
                screen.write(date, role: detailRole, row: row, column: detailColumn + 1, limit: dateEnd)
            case .byline:
                guard let who = summary.byline ?? summary.source, !who.isEmpty else { continue }
                let whoWidth = 16
                detailColumn -= whoWidth + 1
                screen.write(
                    fitted(who, width: whoWidth), role: detailRole, row: row, column: detailColumn + 1,
                    limit: detailColumn + 1 + whoWidth)
            }
        }
        let titleStart = rect.column + 2
        let room = detailColumn - titleStart
        // A note ("✎ ask the union") takes up to half the room after the title.
        let note = summary.note.map { "\u{270E} " + $0 }
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

    // MARK: - Article pane

    private static func drawArticle(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let left = rect.column + PaneLayout.articleMargin
        let limit = rect.column + rect.width - PaneLayout.articleMargin
        guard let article = state.article else {
            let hint = state.list.total > 0 ? "Select an article and press Enter to read it." : ""
            drawWrapped(hint, role: .listItem, in: rect, into: &screen)
            return
        }
        let blocks = article.document.blocks
        let lines = article.layout.lines
        let highlighted = state.highlightedQuotes
        var hits = SearchHighlighter(article: article)
        for line in 0..<rect.height {
            let index = article.top + line
            guard index < lines.count else { break }
            let layoutLine = lines[index]
            let glyphs = blocks[layoutLine.block].glyphs
            var column = left
            for glyphIndex in layoutLine.glyphs {
                let glyph = glyphs[glyphIndex]
                var role = glyph.role
                if role == .quote && article.isInCurrentQuote(block: layoutLine.block, glyph: glyphIndex) {
                    role = .quoteCurrent
                } else if role == .quote,
                    highlighted.contains(where: { $0.contains(block: layoutLine.block, glyph: glyphIndex) })
                {
                    role = .quoteFocus
                }
                role = hits.role(block: layoutLine.block, glyph: glyphIndex) ?? role
                column = screen.put(
                    glyph.character, width: Int(glyph.width), role: role, row: rect.row + line,
                    column: column, limit: limit)
                if column >= limit { break }
            }
        }
    }

    // MARK: - Status line

    private static func drawStatus(_ state: ReaderState, layout: PaneLayout, into screen: inout Screen) {
        let row = layout.statusRow
        let width = state.size.width
        screen.fill(.status, row: row, from: 0, to: width)
        var right = width
        if layout.article != nil, let article = state.article {
            let total = article.layout.lines.count
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
        } else if state.list.total == 0 && !state.list.bookmarkedOnly && state.archiveSearch == nil {
            message = state.keyHint([([.help], "help"), ([.quitOrBack], "quit")])
        } else {
            message = listPosition(state) + "  " + (state.speakerHint ?? hint(state))
        }
        screen.write(" " + fitted(message, width: max(0, right - 2)), role: role, row: row, column: 0, limit: right)
    }

    // MARK: - Help overlay

    private static func drawHelp(_ state: ReaderState, into screen: inout Screen) {
        let entries = Action.allCases.map { action in
            (keys: state.keymap.keys(for: action).map(\.name).joined(separator: " "), help: action.declaration.help)
        }
        let size = state.size
        var items = helpColumn(entries[...])
        // Too many for one column on this terminal: two columns, when they fit side by side.
        if items.count + 4 > size.height - 1 {
            let half = (entries.count + 1) / 2
            let left = helpColumn(entries[..<half])
            let right = helpColumn(entries[half...])
            let leftWidth = left.map { DisplayWidth.of($0) }.max() ?? 0
            if leftWidth + 3 + (right.map { DisplayWidth.of($0) }.max() ?? 0) + 4 <= size.width {
                items = left.indices.map { index in
                    guard right.indices.contains(index) else { return left[index] }
                    let gap = String(repeating: " ", count: leftWidth - DisplayWidth.of(left[index]) + 3)
                    return left[index] + gap + right[index]
                }
            }
        }
        let lines = ["Keys (any key closes this help)", ""] + items
        let boxWidth = min(size.width, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let boxHeight = min(max(0, size.height - 1), lines.count + 2)
        let top = max(0, (size.height - 1 - boxHeight) / 2)
        let left = max(0, (size.width - boxWidth) / 2)
        for row in top..<top + boxHeight {
            screen.fill(.help, row: row, from: left, to: left + boxWidth)
        }
        for (index, line) in lines.prefix(max(0, boxHeight - 2)).enumerated() {
            screen.write(line, role: .help, row: top + 1 + index, column: left + 2, limit: left + boxWidth - 1)
        }
    }

    /// Help entries as lines, the keys padded to one width.
    private static func helpColumn(_ entries: ArraySlice<(keys: String, help: String)>) -> [String] {
        let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
        return entries.map {
            $0.keys + String(repeating: " ", count: keyWidth - DisplayWidth.of($0.keys)) + "  " + $0.help
        }
    }

    // MARK: - Shared pieces

    private static func drawTooSmall(into screen: inout Screen) {
        let minimum = PaneLayout.minimumSize
        let message =
            "Terminal too small (\(screen.width)\u{00D7}\(screen.height)); "
            + "Dateline needs \(minimum.width)\u{00D7}\(minimum.height)."
        drawWrapped(
            message, role: .statusError, in: Rect(row: 0, column: 0, width: screen.width, height: screen.height),
            into: &screen)
    }

    /// Draws `text` word-wrapped inside `rect`.
    private static func drawWrapped(_ text: String, role: Role, in rect: Rect, into screen: inout Screen) {
        let glyphs = ArticleDocument.glyphs(text, role: role)
        let limit = rect.column + rect.width
        for (line, range) in TextWrapper.lines(of: glyphs, width: rect.width).prefix(rect.height).enumerated() {
            var column = rect.column
            for glyph in glyphs[range] {
                column = screen.put(
                    glyph.character, width: Int(glyph.width), role: role, row: rect.row + line,
                    column: column, limit: limit)
            }
        }
    }

    /// `text`, control characters made visible, cut to `width` columns with an ellipsis
    /// when it is longer.
    static func fitted(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let text = InertText.make(text)
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "\u{2026}"
    }
}
