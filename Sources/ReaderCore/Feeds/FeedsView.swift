import ArchiveStore

/// The feeds view in the list pane: every subscription with its unread and article counts;
/// Enter lists the chosen feed's articles.
public struct FeedsView: Equatable, Sendable {
    /// The subscriptions, in the order they were added (they all come in one page).
    public var feeds = PagedRows<SubscriptionOverview>()

    public init() {}
}
