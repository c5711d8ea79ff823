/// One article found by an archive search, with a snippet of where it matched.
public struct SearchResult: Equatable, Sendable {
    public var summary: ArticleSummary
    /// A short excerpt around the best match, control characters untouched.
    public var snippet: String
    /// The matched words inside `snippet`, as Unicode scalar offset ranges.
    public var highlights: [Range<Int>]
}
