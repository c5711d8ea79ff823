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

    /// The lines of the speakers panel: per entry a name line, a counts-and-cues line and the
    /// first words of each quote; `entryStarts` gives the first line of each entry.
    static func speakerPanelLines(_ speakers: ArticleSpeakers) -> (
        lines: [(text: String, role: Role, entry: Int)], entryStarts: [Int]
    ) {
        var lines: [(text: String, role: Role, entry: Int)] = []
        var starts: [Int] = []
        for (index, entry) in speakers.entries.enumerated() {
            if index > 0, entry.kind != speakers.entries[index - 1].kind {
                let heading = entry.kind == .unnamed ? "Unnamed sources" : "Quotes without a speaker"
                lines.append((heading, .listItem, index))
            }
            starts.append(lines.count)
            lines.append((entry.name, .speaker, index))
            var details: [String] = []
            if !entry.quotes.isEmpty { details.append(plural(entry.quotes.count, "quote")) }
            if entry.attributionCount > 0 { details.append(plural(entry.attributionCount, "attribution")) }
            if !entry.cues.isEmpty { details.append(entry.cues.joined(separator: ", ")) }
            lines.append(("  " + details.joined(separator: " \u{00B7} "), .cue, index))
            for quote in entry.quotes {
                lines.append(
                    ("  " + quote.text.split(whereSeparator: \.isNewline).joined(separator: " "), .quote, index))
            }
        }
        return (lines, starts)
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
        let (lines, starts) = speakerPanelLines(speakers)
        let height = rect.height - 1
        let top = speakerPanelTop(speakers, selected: selected, height: height)
        for (offset, line) in lines[min(top, lines.count)...].prefix(height).enumerated() {
            let row = rect.row + 1 + offset
            let isSelected = line.entry == selected && starts[line.entry] == top + offset
            if isSelected { screen.fill(.listSelected, row: row, from: rect.column, to: end) }
            let marker = isSelected ? "\u{25B8} " : "  "
            screen.write(
                marker + fitted(line.text, width: rect.width - 3), role: isSelected ? .listSelected : line.role,
                row: row, column: rect.column, limit: end)
        }
    }

    /// The first line of the speakers panel shown under its title, `height` lines tall, with
    /// entry `selected` in view.
    static func speakerPanelTop(_ speakers: ArticleSpeakers, selected: Int, height: Int) -> Int {
        let (lines, starts) = speakerPanelLines(speakers)
        let first = starts.indices.contains(selected) ? starts[selected] : 0
        let last = lines.lastIndex { $0.entry == selected } ?? first
        return last < height ? 0 : max(0, first - (first > 0 && lines[first - 1].entry == selected ? 1 : 0))
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

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
