extension ReaderRenderer {
    /// The help overlay: a box in the middle of the panes with the title, how to use it, and
    /// the items from `overlay.top` on; below the items, which of them show when not all do.
    static func drawHelp(_ overlay: HelpOverlay, _ state: ReaderState, into screen: inout Screen) {
        let size = state.size
        let items = overlay.items(keymap: state.keymap, size: size)
        let title = overlay.filter.isEmpty ? "Keys: " + state.helpHint : "Keys matching \(overlay.filter)"
        let visible = Array(items.dropFirst(overlay.top).prefix(HelpOverlay.visibleItems(size: size)))
        let lines = [title, ""] + (items.isEmpty ? ["No key matches."] : visible)
        let boxWidth = min(size.width, ((items + [title]).map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let boxHeight = min(max(0, size.height - 1), lines.count + 2)
        let top = max(0, (size.height - 1 - boxHeight) / 2)
        let left = max(0, (size.width - boxWidth) / 2)
        for row in top..<top + boxHeight {
            screen.fill(.help, row: row, from: left, to: left + boxWidth)
        }
        for (index, line) in lines.prefix(max(0, boxHeight - 2)).enumerated() {
            screen.write(line, role: .help, row: top + 1 + index, column: left + 2, limit: left + boxWidth - 1)
        }
        guard visible.count < items.count, boxHeight > 0 else { return }
        let range = " \(overlay.top + 1)\u{2013}\(overlay.top + visible.count) of \(items.count) "
        let column = max(left, left + boxWidth - 1 - DisplayWidth.of(range))
        screen.write(range, role: .help, row: top + boxHeight - 1, column: column, limit: left + boxWidth)
    }
}
