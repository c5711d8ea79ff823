extension ReaderState {
    /// An action while the help has the keys: the move keys scroll it, `/` finds a key,
    /// `?`, `q` and `Esc` close it; other actions leave it open and say how to close it.
    mutating func performInHelp(_ action: Action, _ overlay: HelpOverlay) -> [ReaderEffect] {
        var overlay = overlay
        let visible = HelpOverlay.visibleItems(size: size)
        switch action {
        case .help, .quitOrBack, .back:
            leaveMode()
            return []
        case .quit:
            return quitEffects
        case .search:
            enter(.prompt(Prompt(purpose: .helpFilter(previous: overlay.filter), text: overlay.filter)))
            return []
        case .top:
            overlay.top = 0
        case .bottom:
            overlay.scroll(by: .max, keymap: keymap, size: size)
        default:
            guard let delta = action.moveDistance(height: visible) else {
                status = StatusMessage(helpHint)
                return []
            }
            overlay.scroll(by: delta, keymap: keymap, size: size)
        }
        replaceMode(with: .help(overlay))
        return []
    }

    /// How to use the help, as the keymap binds the keys now.
    var helpHint: String {
        keyHint([([.moveDown, .moveUp], "scroll"), ([.search], "find a key"), ([.help, .quitOrBack], "close")])
    }

    /// Shows only the actions whose keys or help contain `filter`, from the first.
    mutating func filterHelp(_ filter: String) {
        updateTopmost(\.helpOverlay) { $0 = HelpOverlay(filter: filter) }
    }
}
