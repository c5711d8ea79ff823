extension ReaderRenderer {

    static func drawHelp(_ state: ReaderState, into screen: inout Screen) {
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
}
