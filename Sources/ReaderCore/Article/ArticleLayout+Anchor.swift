extension ArticleLayout.Anchor: Comparable {
    /// Text order: by block, then by glyph.
    public static func < (lhs: ArticleLayout.Anchor, rhs: ArticleLayout.Anchor) -> Bool {
        lhs.block != rhs.block ? lhs.block < rhs.block : lhs.glyph < rhs.glyph
    }
}
