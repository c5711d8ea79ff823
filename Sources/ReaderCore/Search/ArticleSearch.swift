/// A search inside the open article: what was searched for, every match, and the match
/// the reader is on.
public struct ArticleSearch: Hashable, Sendable {
    /// What the search is for, as the status line names it.
    public var pattern: String
    /// The matches in text order, not overlapping.
    public var hits: [SearchHit]
    /// The index in `hits` of the match the reader is on, if any yet.
    public var current: Int?

    public init(pattern: String, hits: [SearchHit], current: Int? = nil) {
        self.pattern = pattern
        self.hits = hits
        self.current = current
    }

    /// The index of the first match that ends after `anchor` (hits end in text order too),
    /// or `hits.count`.
    public func firstHit(endingAfter anchor: ArticleLayout.Anchor) -> Int {
        hits.partitionPoint { $0.end > anchor }
    }

    /// The index of the first match starting at or after `anchor`, or `hits.count`.
    public func firstHit(startingFrom anchor: ArticleLayout.Anchor) -> Int {
        hits.partitionPoint { $0.start >= anchor }
    }

    /// "match 3/12", for the status line.
    public var progress: String {
        "match \((current ?? 0) + 1)/\(hits.count)"
    }
}
