import ArchiveStore
import ArticleAnalysis

extension ReaderRenderer {
    /// The archive search results in the list pane: for each, its list row, then its snippet
    /// with the matched words highlighted.
    static func drawSearchResults(
        _ results: ArchiveSearchResults, focused: Bool, preferences: ReaderPreferences, in rect: Rect,
        into screen: inout Screen
    ) {
        let perResult = ArchiveSearchResults.rowsPerResult
        for slot in 0..<(rect.height / perResult) {
            let index = results.top + slot
            guard results.results.indices.contains(index) else { break }
            let result = results.results[index]
            let row = rect.row + slot * perResult
            drawRow(
                result.summary, selected: index == results.selected, focused: focused, preferences: preferences,
                row: row, in: rect, into: &screen)
            drawSnippet(result, row: row + 1, in: rect, into: &screen)
        }
    }

    /// A snippet, indented under its title, the matched words in `search_match`.
    private static func drawSnippet(_ result: SearchResult, row: Int, in rect: Rect, into screen: inout Screen) {
        let limit = rect.column + rect.width
        var column = rect.column + 4
        var offset = 0
        var highlights = result.highlights[...]
        // `InertText` keeps one scalar for one scalar, so the highlight offsets stay valid.
        var characters = InertText.make(result.snippet)[...]
        // Start a narrow pane's snippet nearer its first match, so the match shows.
        if let first = result.highlights.first {
            var lead = String.UnicodeScalarView(result.snippet.unicodeScalars.prefix(first.lowerBound))
            while DisplayWidth.of(String(lead)) > (limit - column) / 3, let space = lead.firstIndex(of: " ") {
                lead.removeSubrange(...space)
            }
            let skipped = first.lowerBound - lead.count
            if skipped > 0 {
                column = screen.write("\u{2026}", role: .listItem, row: row, column: column, limit: limit)
                while offset < skipped, let character = characters.popFirst() {
                    offset += character.unicodeScalars.count
                }
            }
        }
        for character in characters {
            while let first = highlights.first, first.upperBound <= offset { highlights.removeFirst() }
            let role: Role = highlights.first?.contains(offset) == true ? .searchMatch : .listItem
            column = screen.put(
                character, width: DisplayWidth.of(character), role: role, row: row, column: column, limit: limit)
            offset += character.unicodeScalars.count
            if column >= limit { break }
        }
    }

    /// The prompt on the status line, with the search's message at the right and the cursor.
    static func drawPrompt(_ prompt: Prompt, status: StatusMessage?, row: Int, right: Int, into screen: inout Screen) {
        var right = right
        if let status {
            let message = " " + status.text + " "
            let start = max(right / 2, right - DisplayWidth.of(message))
            screen.write(message, role: status.isError ? .statusError : .status, row: row, column: start, limit: right)
            right = start
        }
        let labelEnd = screen.write(" " + prompt.label, role: .status, row: row, column: 0, limit: right)
        // Keep the cursor on screen: show the end of a text too long for the line.
        let before = String(prompt.text[..<prompt.cursor])
        let room = max(1, right - labelEnd - 1)
        var shownBefore = before
        while DisplayWidth.of(shownBefore) > room - 1, !shownBefore.isEmpty { shownBefore.removeFirst() }
        let cursorColumn = screen.write(shownBefore, role: .status, row: row, column: labelEnd, limit: right)
        screen.write(String(prompt.text[prompt.cursor...]), role: .status, row: row, column: cursorColumn, limit: right)
        screen.cursor = ScreenCursor(row: row, column: min(cursorColumn, max(0, right - 1)))
    }

    /// "3/120", "bookmarks 1/3" or "search velasco 2/4": where the list selection is.
    static func listPosition(_ state: ReaderState) -> String {
        if let results = state.archiveSearch {
            return "search \(results.query) \(results.selected + 1)/\(results.total)"
        }
        let list = state.list
        let count = "\(min(list.selected + 1, list.total))/\(list.total)"
        return list.bookmarkedOnly ? "bookmarks " + count : count
    }

    /// The keys worth knowing in the focused pane, as the keymap binds them.
    static func hint(_ state: ReaderState) -> String {
        if state.focus == .list {
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
}
