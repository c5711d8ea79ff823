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
}
