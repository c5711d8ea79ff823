import ArchiveStore

extension ReaderState {
    /// The article `b`, `a`, `u` and `o` act on: the open one when reading it, else the selected row.
    var targetArticle: ArticleSummary? {
        let id: Int64?
        if focus == .article, let article {
            id = article.document.articleID
        } else if let results = archiveSearch {
            id = results.selectedResult?.summary.id
        } else {
            id = list.selectedRow?.id
        }
        return id.flatMap(summary(id:))
    }

    /// The loaded list row or search result of the article `id`.
    private func summary(id: Int64) -> ArticleSummary? {
        if let position = list.position(of: id), let row = list.row(at: position) { return row }
        return archiveSearch?.results.first { $0.summary.id == id }?.summary
    }

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

    /// `u`: marks the article unread, or read again.
    mutating func toggleRead() -> [ReaderEffect] {
        guard let target = targetArticle else {
            status = StatusMessage("select an article first")
            return []
        }
        let read = !target.read
        list.update(id: target.id) { $0.read = read }
        updateTopmost(\.searchResults) { $0.update(id: target.id) { $0.read = read } }
        status = StatusMessage(read ? "marked read" : "marked unread")
        return [.setRead(id: target.id, read: read)]
    }

    /// Shows a bookmark change that the archive made, and says what changed.
    mutating func showBookmark(id: Int64, bookmarked: Bool, note: String?) {
        let before = summary(id: id)
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
        list = ArticleList(bookmarkedOnly: !list.bookmarkedOnly)
        removeModes { $0.searchResults != nil }
        focusListPane()
        status = StatusMessage(list.bookmarkedOnly ? "bookmarked articles only; B shows all" : "all articles")
        return [.loadRows(.newest, bookmarkedOnly: list.bookmarkedOnly)]
    }

    /// `R`: reloads the list from the archive (changes made by another reader show up),
    /// keeping the selection where it was.
    mutating func refresh() -> [ReaderEffect] {
        var fresh = ArticleList(bookmarkedOnly: list.bookmarkedOnly)
        fresh.selected = list.selected
        fresh.top = list.top
        list = fresh
        status = StatusMessage("list reloaded")
        return [.loadRows(.newest, bookmarkedOnly: list.bookmarkedOnly)]
    }

    /// Stores where the open article is being read, if one is open.
    var savePositionEffects: [ReaderEffect] {
        guard let article else { return [] }
        return [.saveReadingPosition(id: article.document.articleID, offset: article.readingPosition)]
    }

    /// Quitting: store the reading position and the article and pane to reopen on, then quit.
    var quitEffects: [ReaderEffect] {
        savePositionEffects + [.rememberPlace(articleID: article?.document.articleID, focus: focus), .quit]
    }
}
