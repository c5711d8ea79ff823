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
        var low = 0
        var high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].end <= anchor { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index of the first match starting at or after `anchor`, or `hits.count`.
    public func firstHit(startingFrom anchor: ArticleLayout.Anchor) -> Int {
        var low = 0
        var high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].start < anchor { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// "match 3/12", for the status line.
    public var progress: String {
        "match \((current ?? 0) + 1)/\(hits.count)"
    }
}
