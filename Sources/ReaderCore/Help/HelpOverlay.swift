/// The help overlay (`?`): every action's keys and help text, from the `Action` table,
/// scrolled with the move keys and narrowed to the actions matching a typed text.
public struct HelpOverlay: Hashable, Sendable {
    /// The first item line shown.
    public var top = 0
    /// Text an action's keys or help must contain to be listed; empty lists every action.
    public var filter = ""

    public init(top: Int = 0, filter: String = "") {
        self.top = top
        self.filter = filter
    }

    /// Lines of the box that are not items: the padding above and below, the title and the
    /// blank line under it.
    static let chromeLines = 4

    /// How many item lines a terminal of `size` shows at once.
    static func visibleItems(size: TerminalSize) -> Int {
        max(1, size.height - 1 - chromeLines)
    }

    /// The item lines for `keymap` on a terminal of `size`: every action, then what the
    /// mouse does; one column, or two side by side when one column is too long for the
    /// terminal and two fit its width.
    func items(keymap: Keymap, size: TerminalSize) -> [String] {
        let actions = Action.allCases.map { action in
            (keys: keymap.keys(for: action).map(\.name).joined(separator: " "), help: action.declaration.help)
        }
        let entries = (actions + MouseUse.allCases.map { (keys: $0.gesture, help: $0.help) }).filter {
            filter.isEmpty || $0.keys.localizedStandardContains(filter) || $0.help.localizedStandardContains(filter)
        }
        let single = HelpOverlay.column(entries[...])
        guard single.count > HelpOverlay.visibleItems(size: size) else { return single }
        let half = (entries.count + 1) / 2
        let left = HelpOverlay.column(entries[..<half])
        let right = HelpOverlay.column(entries[half...])
        let leftWidth = left.map { DisplayWidth.of($0) }.max() ?? 0
        guard leftWidth + 3 + (right.map { DisplayWidth.of($0) }.max() ?? 0) + 4 <= size.width else { return single }
        return left.indices.map { index in
            guard right.indices.contains(index) else { return left[index] }
            let gap = String(repeating: " ", count: leftWidth - DisplayWidth.of(left[index]) + 3)
            return left[index] + gap + right[index]
        }
    }

    /// Help entries as lines, the keys padded to one width.
    private static func column(_ entries: ArraySlice<(keys: String, help: String)>) -> [String] {
        let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
        return entries.map {
            $0.keys + String(repeating: " ", count: keyWidth - DisplayWidth.of($0.keys)) + "  " + $0.help
        }
    }

    /// Scrolls by `delta` lines, within the items of `keymap` on a terminal of `size`.
    mutating func scroll(by delta: Int, keymap: Keymap, size: TerminalSize) {
        let count = items(keymap: keymap, size: size).count
        top = max(0, min(top.addingReportingOverflow(delta).partialValue, count - HelpOverlay.visibleItems(size: size)))
    }
}
