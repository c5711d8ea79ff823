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
    func summary(id: Int64) -> ArticleSummary? {
        if let position = list.position(of: id), let row = list.row(at: position) { return row }
        return archiveSearch?.results.first { $0.summary.id == id }?.summary
    }
}
