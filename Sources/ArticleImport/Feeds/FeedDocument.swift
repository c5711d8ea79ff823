/// A parsed feed: a key naming it (its link or id), its title and its entries.
struct FeedDocument {
    /// The feed's home page link or Atom id, used to make item guids unique to the feed.
    var key: String?
    var entries: [FeedEntry]
    /// The feed's own title, which names a subscription the user gave no title.
    var title: String? = nil
}
