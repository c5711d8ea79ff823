/// One match of an in-article search: from the glyph where it starts up to (not including)
/// the glyph where it ends, possibly across blocks.
public struct SearchHit: Hashable, Sendable {
    public var start: ArticleLayout.Anchor
    /// The first glyph after the match (may be one past the end of a block).
    public var end: ArticleLayout.Anchor

    /// Whether glyph `glyph` of block `block` is inside the match.
    public func contains(block: Int, glyph: Int) -> Bool {
        let anchor = ArticleLayout.Anchor(block: block, glyph: glyph)
        return start <= anchor && anchor < end
    }
}
