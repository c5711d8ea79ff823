extension ReaderState {
    /// The keys an index shown in the list pane (the speaker index, the feeds view) answers as
    /// the list does: Tab goes to the open article, `?` shows the help, `Q` quits; `nil` for
    /// every other action, which the index handles itself.
    mutating func performInIndexPane(_ action: Action) -> [ReaderEffect]? {
        switch action {
        case .switchPane:
            if article != nil { enter(.article) }
            return []
        case .help:
            enter(.help(HelpOverlay()))
            return []
        case .quit:
            return quitEffects
        default:
            return nil
        }
    }

    /// Moves the selection of a one-page index (the feeds view, the views list) as `action`
    /// says, at the height the list pane gives its rows; `false` when `action` moves nothing.
    func move<Row>(_ rows: inout PagedRows<Row>, by action: Action) -> Bool {
        let height = max(1, listHeight - SpeakerIndex.headerLines)
        guard let delta = action.moveDistance(height: height) else { return false }
        _ = rows.move(by: delta, height: height)
        return true
    }
}
