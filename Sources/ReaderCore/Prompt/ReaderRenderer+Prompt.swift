extension ReaderRenderer {
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
}
