/// A parsed feed: a key naming it (its link or id) and its entries.
struct FeedDocument {
    /// The feed's home page link or Atom id, used to make item guids unique to the feed.
    var key: String?
    var entries: [FeedEntry]
}
