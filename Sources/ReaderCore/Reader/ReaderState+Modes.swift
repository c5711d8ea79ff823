extension ReaderState {
    /// The mode that has the keys: the top of the stack.
    public var mode: ReaderMode { modes.last ?? .list }

    /// The pane keys act on: the article while `article` is in the stack, else the list.
    public var focus: Focus {
        modes.contains(.article) ? .article : .list
    }

    /// The mode shown in the list pane: the topmost of the list pane's modes.
    public var listPaneMode: ReaderMode {
        modes.last { $0.isListPane } ?? .list
    }

    /// The archive search results in the list pane, if a search is showing.
    public var archiveSearch: ArchiveSearchResults? { topmost(\.searchResults) }

    /// The speaker index in the list pane, if open.
    public var speakerIndex: SpeakerIndex? { topmost(\.speakerIndex) }

    /// The speakers panel of the open article, if open.
    public var speakerPanel: SpeakerPanel? { topmost(\.speakerPanel) }

    /// The prompt being typed in, if the prompt has the keys.
    public var prompt: Prompt? {
        guard case .prompt(let prompt) = mode else { return nil }
        return prompt
    }

    /// The value of the topmost mode that has one at `keyPath`.
    func topmost<Value>(_ keyPath: KeyPath<ReaderMode, Value?>) -> Value? {
        modes.lazy.reversed().compactMap { $0[keyPath: keyPath] }.first
    }

    /// Changes the value of the topmost mode that has one at `keyPath`, if any.
    mutating func updateTopmost<Value>(_ keyPath: WritableKeyPath<ReaderMode, Value?>, _ change: (inout Value) -> Void)
    {
        guard let index = modes.lastIndex(where: { $0[keyPath: keyPath] != nil }),
            var value = modes[index][keyPath: keyPath]
        else { return }
        change(&value)
        modes[index][keyPath: keyPath] = value
    }

    /// Puts `mode` on top of the stack: it has the keys until it is left.
    mutating func enter(_ mode: ReaderMode) {
        modes.append(mode)
    }

    /// Leaves the top mode for the one below; the list at the bottom is never left.
    mutating func leaveMode() {
        if modes.count > 1 { modes.removeLast() }
    }

    /// Replaces the top mode (the list at the bottom stays).
    mutating func replaceMode(with mode: ReaderMode) {
        leaveMode()
        enter(mode)
    }

    /// Gives the list pane the focus: leaves every mode above the list pane's.
    mutating func focusListPane() {
        while !mode.isListPane { leaveMode() }
    }

    /// Gives the article pane the focus, closing overlays above it.
    mutating func focusArticle() {
        if let index = modes.firstIndex(of: .article) {
            modes.removeSubrange((index + 1)...)
        } else {
            focusListPane()
            enter(.article)
        }
    }

    /// Removes every mode that matches `isRemoved`, wherever it is in the stack.
    mutating func removeModes(where isRemoved: (ReaderMode) -> Bool) {
        modes = [.list] + modes.dropFirst().filter { !isRemoved($0) }
    }
}
