import ArchiveStore

extension ReaderState {
    /// `b`: bookmarks the article, or removes its bookmark.
    mutating func toggleBookmark() -> [ReaderEffect] {
        guard let target = targetArticle else {
            status = StatusMessage("select an article first")
            return []
        }
        return [.toggleBookmark(id: target.id)]
    }

    /// `a`: opens the prompt for the note of the article's bookmark.
    mutating func editNote() -> [ReaderEffect] {
        guard let target = targetArticle else {
            status = StatusMessage("select an article first")
            return []
        }
        enter(.prompt(Prompt(purpose: .bookmarkNote(articleID: target.id), text: target.note ?? "")))
        return []
    }

    /// Shows a bookmark change that the archive made, and says what changed.
    mutating func showBookmark(id: Int64, bookmarked: Bool, note: String?) {
        let before = summary(id: id)
        if article?.document.articleID == id, var header = article?.header {
            header.bookmarked = bookmarked
            header.note = note
            scrollArticle { $0.show(header) }
        }
        list.update(id: id) {
            $0.bookmarked = bookmarked
            $0.note = note
        }
        updateTopmost(\.searchResults) {
            $0.update(id: id) {
                $0.bookmarked = bookmarked
                $0.note = note
            }
        }
        if let before, before.bookmarked == bookmarked {
            status = StatusMessage(note == nil ? "note removed" : "note saved")
        } else {
            status = StatusMessage(bookmarked ? "bookmarked" : "bookmark removed")
        }
    }

    /// `B`: lists only the bookmarked articles, or all of them again.
    mutating func toggleBookmarksOnly() -> [ReaderEffect] {
        var filter = list.filter
        filter.bookmarked.toggle()
        let effects = show(filter)
        if filter.bookmarked { status = StatusMessage("bookmarked articles only; B shows all") }
        return effects
    }
}
