import ArchiveStore
import ArticleAnalysis

extension ReaderRenderer {
    /// Draws the speakers panel beside the article (in the list pane's place) or, one pane at
    /// a time, over the article's lower half.
    static func drawSpeakerPanel(_ panel: SpeakerPanel, _ state: ReaderState, into screen: inout Screen) {
        guard let open = state.article, let rect = state.speakerPanelRect else { return }
        if state.speakerPanelCoversArticle {
            screen.write(
                String(repeating: "\u{2500}", count: rect.width), role: .separator, row: rect.row - 1,
                column: rect.column, limit: rect.column + rect.width)
        }
        clear(rect, into: &screen)
        drawSpeakerEntries(open.document.speakers, selected: panel.selected, in: rect, into: &screen)
    }

    private static func drawSpeakerEntries(
        _ speakers: ArticleSpeakers, selected: Int, in rect: Rect, into screen: inout Screen
    ) {
        guard rect.height > 0 else { return }
        let end = rect.column + rect.width
        let named = speakers.entries.filter { $0.kind == .named }.count
        let title = "Speakers: \(named) named, \(speakers.entries.count - named) other"
        screen.write(
            fitted(title, width: rect.width - 1), role: .title, row: rect.row, column: rect.column + 1, limit: end)
        let lines = SpeakerPanelLines(speakers)
        let height = rect.height - 1
        let top = lines.top(selected: selected, height: height)
        for offset in 0..<max(0, min(height, lines.count - top)) {
            let line = lines.line(top + offset)
            let row = rect.row + 1 + offset
            let isSelected = line.entry == selected && lines.entryStarts[line.entry] == top + offset
            if isSelected { screen.fill(.listSelected, row: row, from: rect.column, to: end) }
            let marker = isSelected ? "\u{25B8} " : "  "
            screen.write(
                marker + fitted(line.text, width: rect.width - 3), role: isSelected ? .listSelected : line.role,
                row: row, column: rect.column, limit: end)
        }
    }

    /// The speaker index in the list pane: speakers, or the articles quoting the chosen one.
    static func drawSpeakerIndex(_ index: SpeakerIndex, focused: Bool, in rect: Rect, into screen: inout Screen) {
        guard rect.height > 0 else { return }
        clear(rect, into: &screen)
        let end = rect.column + rect.width
        let countWidth = 7
        switch index.level {
        case .speakers:
            let title =
                index.filter.isEmpty ? "Speakers \u{2014} type to filter" : "Speakers matching: \(index.filter)\u{258F}"
            screen.write(
                fitted(title, width: rect.width - 1), role: .title, row: rect.row, column: rect.column + 1, limit: end)
            screen.write(
                fitted(" quotes articles  name", width: rect.width), role: .listItem, row: rect.row + 1,
                column: rect.column, limit: end)
            let rows = index.speakers
            if rows.isLoaded && rows.rows.isEmpty {
                let message = index.filter.isEmpty ? "Nobody is quoted in the archive yet." : "No speaker matches."
                screen.write(message, role: .listItem, row: rect.row + 2, column: rect.column + 1, limit: end)
            }
            drawIndexRows(rows, focused: focused, in: rect, into: &screen) { speaker in
                padded(speaker.quoteCount, countWidth) + padded(speaker.articleCount, 9) + "  " + speaker.name
            }
        case .articles(let speaker):
            let title = "\(speaker.name) \u{2014} quoted in \(plural(speaker.articleCount, "article"))"
            screen.write(
                fitted(title, width: rect.width - 1), role: .title, row: rect.row, column: rect.column + 1, limit: end)
            screen.write(
                fitted(" quotes  article", width: rect.width), role: .listItem, row: rect.row + 1, column: rect.column,
                limit: end)
            drawIndexRows(index.articles, focused: focused, in: rect, into: &screen) { article in
                padded(article.quoteCount, countWidth) + "  " + article.title
            }
        }
    }

    /// The rows of one level of the speaker index or of the feeds view, below their two
    /// header lines.
    static func drawIndexRows<Row>(
        _ rows: PagedRows<Row>, focused: Bool, in rect: Rect, into screen: inout Screen, text: (Row) -> String
    ) {
        let end = rect.column + rect.width
        for line in 0..<max(0, rect.height - SpeakerIndex.headerLines) {
            let position = rows.top + line
            guard rows.rows.indices.contains(position) else { break }
            let row = rect.row + SpeakerIndex.headerLines + line
            let isSelected = position == rows.selected
            if isSelected { screen.fill(.listSelected, row: row, from: rect.column, to: end) }
            screen.write(
                fitted(text(rows.rows[position]), width: rect.width), role: isSelected ? .listSelected : .listUnread,
                row: row, column: rect.column, limit: end)
            if isSelected && focused {
                screen.write("\u{25B8}", role: .listSelected, row: row, column: rect.column, limit: end)
            }
        }
    }

    /// Blanks `rect`, for a view that covers the list pane.
    static func clear(_ rect: Rect, into screen: inout Screen) {
        for row in rect.row..<rect.row + rect.height {
            screen.fill(.text, row: row, from: rect.column, to: rect.column + rect.width)
        }
    }

    /// `number` right-aligned in `width` columns.
    static func padded(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `count` and `noun`, with an `s` unless `count` is 1.
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
