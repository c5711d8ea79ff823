extension ReaderState {
    /// An action while the open article has the keys.
    mutating func performInArticle(_ action: Action) -> [ReaderEffect] {
        if action == .pageDown, let open = article, open.top >= open.layout.lineCount - articleHeight {
            return openNextUnread()
        }
        if let delta = action.moveDistance(height: articleHeight) {
            scrollArticle { $0.top += delta }
            return []
        }
        switch action {
        case .top, .bottom:
            let bottom = action == .bottom
            scrollArticle { $0.top = bottom ? Int.max : 0 }
            return []
        case .back, .quitOrBack: return leaveArticle()
        case .switchPane:
            focusListPane()
            return []
        default: return performAnywhere(action)
        }
    }

    /// Leaves the article for the list pane, storing where it was read; a speaker filter is
    /// left with it.
    mutating func leaveArticle() -> [ReaderEffect] {
        scrollArticle { $0.speakerFilter = nil }
        focusListPane()
        return savePositionEffects
    }

    /// Marks the next or previous quote and scrolls it into view.
    mutating func moveToQuote(forward: Bool) -> [ReaderEffect] {
        guard let open = article else {
            status = StatusMessage("open an article first")
            return []
        }
        let steppable = open.steppableQuotes
        guard !steppable.isEmpty else {
            status = StatusMessage("no quotes in this article")
            return []
        }
        let target: Int?
        if let current = open.currentQuote {
            target = forward ? steppable.first { $0 > current } : steppable.last { $0 < current }
        } else if forward {
            target = steppable.first { open.line(ofQuote: $0) >= open.top }
        } else {
            target = steppable.last { open.line(ofQuote: $0) < open.top + articleHeight }
        }
        guard let target else {
            status = StatusMessage(forward ? "no more quotes below" : "no more quotes above")
            return []
        }
        showQuote(target)
        return []
    }
}
