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
}
