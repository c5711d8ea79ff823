/// Gives the search role of each glyph as the renderer walks the visible lines in text
/// order: it finds its place among the matches once, then only steps forward.
struct SearchHighlighter {
    private let search: ArticleSearch?
    private var next: Int?

    init(article: OpenArticle) {
        search = article.search
    }

    /// `search_current` or `search_match` when the glyph is inside a match; glyphs must come
    /// in text order.
    mutating func role(block: Int, glyph: Int) -> Role? {
        guard let search, !search.hits.isEmpty else { return nil }
        let anchor = ArticleLayout.Anchor(block: block, glyph: glyph)
        var index = next ?? search.firstHit(endingAfter: anchor)
        while index < search.hits.count && search.hits[index].end <= anchor { index += 1 }
        next = index
        guard index < search.hits.count, search.hits[index].start <= anchor else { return nil }
        return index == search.current ? .searchCurrent : .searchMatch
    }
}
