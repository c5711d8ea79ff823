extension ReaderRenderer {

    static func drawArticle(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        let left = rect.column + PaneLayout.articleMargin
        let limit = rect.column + rect.width - PaneLayout.articleMargin
        guard let article = state.article else {
            let hint = state.list.total > 0 ? "Select an article and press Enter to read it." : ""
            drawWrapped(hint, role: .listItem, in: rect, into: &screen)
            return
        }
        let layout = article.layout
        let shownLines = article.top..<min(article.top + rect.height, layout.lineCount)
        let highlighted =
            shownLines.isEmpty
            ? []
            : state.highlightedQuotes(
                inBlocks: layout.line(shownLines.lowerBound).block...layout.line(shownLines.upperBound - 1).block)
        var hits = SearchHighlighter(article: article)
        for line in 0..<rect.height {
            let index = article.top + line
            guard index < layout.lineCount else { break }
            let layoutLine = layout.line(index)
            let glyphs = layout.glyphs(ofBlock: layoutLine.block)
            var column = left
            for glyphIndex in layoutLine.glyphs {
                let glyph = glyphs[glyphIndex]
                var role = glyph.role
                if role == .quote && article.isInCurrentQuote(block: layoutLine.block, glyph: glyphIndex) {
                    role = .quoteCurrent
                } else if role == .quote,
                    highlighted.contains(where: { $0.contains(block: layoutLine.block, glyph: glyphIndex) })
                {
                    role = .quoteFocus
                }
                role = hits.role(block: layoutLine.block, glyph: glyphIndex) ?? role
                column = screen.put(
                    glyph.character, width: Int(glyph.width), role: role, row: rect.row + line,
                    column: column, limit: limit)
                if column >= limit { break }
            }
        }
    }
}
