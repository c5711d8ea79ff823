import ArchiveStore

extension ReaderState {
    /// `L`: opens the feeds view in the list pane (again from the start when it is open).
    mutating func openFeeds() -> [ReaderEffect] {
        focusListPane()
        removeModes { $0.feedsView != nil }
        enter(.feeds(FeedsView()))
        return [.loadFeeds]
    }

    /// An action while the feeds view has the keys: move, list the selected feed's articles,
    /// go back.
    mutating func performInFeeds(_ action: Action, _ view: FeedsView) -> [ReaderEffect] {
        if let effects = performInIndexPane(action) { return effects }
        var view = view
        switch action {
        case .open:
            return listFeed(view.feeds.selectedRow)
        case .back, .quitOrBack, .feeds:
            leaveMode()
            return []
        default:
            guard move(&view.feeds, by: action) else { return [] }
            replaceMode(with: .feeds(view))
            return []
        }
    }

    /// Enter in the feeds view: the list narrowed by `feed:` to the articles of `overview`'s
    /// subscription; Esc in the list clears the filter as any other.
    private mutating func listFeed(_ overview: SubscriptionOverview?) -> [ReaderEffect] {
        guard let overview, let id = overview.subscription.id else { return [] }
        removeModes { $0.feedsView != nil }
        var filter = list.filter
        filter.feed = String(id)
        let effects = show(filter)
        status = StatusMessage(
            "filter: \(filter.expression) (\(overview.subscription.displayName), \(overview.unreadCount) unread)")
        return effects
    }

    /// Takes in the subscriptions with their counts.
    mutating func receiveFeeds(_ overviews: [SubscriptionOverview]) {
        updateTopmost(\.feedsView) { view in
            view.feeds = PagedRows()
            view.feeds.receive(overviews, offset: 0)
        }
    }
}
