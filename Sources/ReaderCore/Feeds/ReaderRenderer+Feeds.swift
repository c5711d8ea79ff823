import ArchiveStore

extension ReaderRenderer {
    /// The feeds view in the list pane: a title, column headings, then per subscription its
    /// unread and article counts and its title (else its address).
    static func drawFeeds(_ view: FeedsView, focused: Bool, in rect: Rect, into screen: inout Screen) {
        guard rect.height > 0 else { return }
        clear(rect, into: &screen)
        let end = rect.column + rect.width
        let unread = view.feeds.rows.reduce(0) { $0 + $1.unreadCount }
        let title = "Feeds \u{2014} \(view.feeds.rows.count) subscribed, \(unread) unread"
        screen.write(
            fitted(title, width: rect.width - 1), role: .title, row: rect.row, column: rect.column + 1, limit: end)
        screen.write(
            fitted(" unread articles  feed", width: rect.width), role: .listItem, row: rect.row + 1,
            column: rect.column, limit: end)
        if view.feeds.isLoaded && view.feeds.rows.isEmpty {
            screen.write(
                fitted("No subscriptions yet. Add one with: dateline feeds add URL", width: rect.width - 1),
                role: .listItem, row: rect.row + 2, column: rect.column + 1, limit: end)
        }
        drawIndexRows(view.feeds, focused: focused, in: rect, into: &screen) { overview in
            padded(overview.unreadCount, 7) + padded(overview.articleCount, 9) + "  "
                + overview.subscription.displayName
        }
    }
}
