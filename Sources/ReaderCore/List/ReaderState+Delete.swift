import ArchiveStore

extension ReaderState {
    /// `d`: asks on the status line whether to delete the selected (or open) article.
    mutating func askToDelete() -> [ReaderEffect] {
        guard let target = targetArticle else {
            status = StatusMessage("no article to delete")
            return []
        }
        enter(.prompt(Prompt(purpose: .confirmDelete(articleID: target.id, title: target.title))))
        return []
    }

    /// The confirmation's `y`: deletes the article.
    mutating func deleteArticle(id: Int64, title: String) -> [ReaderEffect] {
        deletedTitle = title
        return [.deleteArticle(id: id)]
    }

    /// Any other key at the confirmation: nothing is deleted.
    mutating func keepArticle() -> [ReaderEffect] {
        status = StatusMessage("nothing was deleted")
        return []
    }

    /// The article is gone: it closes if open, search results close, and the list
    /// reloads keeping the selection's place.
    mutating func articleDeleted(id: Int64) -> [ReaderEffect] {
        if article?.document.articleID == id {
            article = nil
            removeModes { $0 == .article || $0.speakerPanel != nil }
        }
        removeModes { $0.searchResults != nil }
        let effects = refresh()
        let undo = keymap.keys(for: .undoDelete).first.map { "; \($0.name) brings it back" } ?? ""
        status = StatusMessage("deleted \u{201C}\(deletedTitle ?? "")\u{201D}" + undo)
        return effects
    }

    /// The undo key: asks for the article deleted last to come back.
    mutating func undoDelete() -> [ReaderEffect] {
        guard deletedTitle != nil else {
            status = StatusMessage("nothing to bring back")
            return []
        }
        return [.restoreDeleted]
    }

    /// The deleted article is back: the list reloads and selects it.
    mutating func articleRestored(id: Int64, title: String) -> [ReaderEffect] {
        deletedTitle = nil
        list = ArticleList(filter: list.filter, order: list.order, selecting: id)
        status = StatusMessage("brought back \u{201C}\(title)\u{201D}")
        return [.loadRows(.newest, filter: list.filter, order: list.order)]
    }

    /// `A` (every article of the list) and `M` (from the top down to the selection): marks
    /// the list's articles read.
    mutating func markListRead(toHere: Bool) -> [ReaderEffect] {
        if toHere {
            guard let selected = list.selectedRow else { return [] }
            return [.markRead(filter: list.filter, downTo: selected.id)]
        }
        return [.markRead(filter: list.filter, downTo: nil)]
    }

    /// Articles were marked read: the list reloads to show it.
    mutating func markedRead(count: Int) -> [ReaderEffect] {
        let effects = refresh()
        status = StatusMessage(count == 1 ? "marked 1 article read" : "marked \(count) articles read")
        return effects
    }
}
