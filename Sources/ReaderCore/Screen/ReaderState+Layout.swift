extension ReaderState {
    /// The list pane's width beside the article now.
    var layoutListWidth: Int { PaneLayout.listWidth(listWidth, size: size) }

    /// `z`, `<` and `>`: changes the layout, then re-wraps the article to its new width and
    /// keeps the list's selection in view.
    mutating func changeLayout(_ change: (inout ReaderState) -> Void) -> [ReaderEffect] {
        change(&self)
        listWidth = listWidth.map { PaneLayout.listWidth($0, size: size) }
        let width = articleTextWidth
        scrollArticle { $0.relayout(width: width) }
        list.scrollToSelection(height: listHeight)
        return []
    }
}
