import ArchiveStore

/// The list pane's model: a window of loaded summaries over the whole archive, the
/// selection and the first visible row, all as absolute positions in the list.
///
/// Only the window is in memory; `pageNeeded` says which page to load next as the
/// selection nears the window's edge, and the window drops rows far from the selection.
public struct ArticleList: Equatable, Sendable {
    /// Rows asked for per page.
    public static let pageSize = 200
    /// Rows kept in memory at most.
    public static let windowLimit = 1_000

    /// The loaded rows.
    public private(set) var rows: [ArticleSummary] = []
    /// The list position of `rows[0]`.
    public private(set) var offset = 0
    /// The number of articles in the list.
    public private(set) var total = 0
    /// The selected position.
    public var selected = 0
    /// The first visible position.
    public var top = 0
    /// Whether the first page has arrived.
    public private(set) var isLoaded = false
    /// Which articles the list holds (the limit prompt's filter; `B` toggles bookmarked).
    public let filter: ArticleFilter
    /// The order of the list (`O` cycles it).
    public let order: ArticleOrder
    /// The article to select when the first page arrives, if it is on it.
    private var pendingSelection: Int64?

    /// An empty list of the articles `filter` keeps in `order`, that selects the article
    /// `selecting` when its first page holds it.
    public init(filter: ArticleFilter = ArticleFilter(), order: ArticleOrder = .newest, selecting: Int64? = nil) {
        self.filter = filter
        self.order = order
        pendingSelection = selecting
    }

    /// The summary at a list position, if loaded.
    public func row(at position: Int) -> ArticleSummary? {
        let index = position - offset
        return rows.indices.contains(index) ? rows[index] : nil
    }

    /// The selected summary, if loaded.
    public var selectedRow: ArticleSummary? { row(at: selected) }

    /// The list position of the article with this id, if loaded.
    public func position(of id: Int64) -> Int? {
        rows.firstIndex { $0.id == id }.map { $0 + offset }
    }

    /// Shows the article with this id as read; `true` when it was unread (or not loaded).
    public mutating func markRead(id: Int64) -> Bool {
        guard let index = rows.firstIndex(where: { $0.id == id }) else { return true }
        defer { rows[index].read = true }
        return !rows[index].read
    }

    /// Changes the loaded row of the article with this id, if any.
    public mutating func update(id: Int64, _ change: (inout ArticleSummary) -> Void) {
        guard let index = rows.firstIndex(where: { $0.id == id }) else { return }
        change(&rows[index])
    }

    /// Moves the selection by `delta` rows, within the loaded rows.
    public mutating func moveSelection(by delta: Int) {
        guard !rows.isEmpty else { return }
        selected = min(max(selected + delta, offset), offset + rows.count - 1)
    }

    /// Keeps the selection within `height` visible rows.
    public mutating func scrollToSelection(height: Int) {
        let height = max(1, height)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = max(0, min(top, max(0, total - height)))
    }

    /// The page to load so that rows around the selection are in memory, if any.
    public var pageNeeded: ListPage? {
        guard isLoaded, let first = rows.first, let last = rows.last else { return isLoaded ? nil : .newest }
        let margin = ArticleList.pageSize / 2
        if offset + rows.count - selected <= margin && offset + rows.count < total { return .older(than: last.id) }
        if selected - offset < margin && offset > 0 { return .newer(than: first.id) }
        return nil
    }

    /// Takes in a loaded page; `total` is the archive's current article count.
    public mutating func receive(_ page: ListPage, rows pageRows: [ArticleSummary], total: Int) {
        self.total = total
        switch page {
        case .newest:
            rows = pageRows
            offset = 0
        case .oldest:
            rows = pageRows
            offset = max(0, total - pageRows.count)
        case .older(let id):
            guard rows.last?.id == id else { return }
            rows += pageRows
            if rows.count > ArticleList.windowLimit {
                let dropped = rows.count - ArticleList.windowLimit
                rows.removeFirst(dropped)
                offset += dropped
            }
        case .newer(let id):
            guard rows.first?.id == id else { return }
            rows = pageRows + rows
            offset = max(0, offset - pageRows.count)
            if rows.count > ArticleList.windowLimit { rows.removeLast(rows.count - ArticleList.windowLimit) }
        }
        if pageRows.isEmpty, page != .newest {
            // The archive changed under the window: the count was stale.
            self.total = offset + rows.count
        }
        isLoaded = true
        if let id = pendingSelection, let position = position(of: id) { selected = position }
        pendingSelection = nil
        if rows.isEmpty {
            selected = 0
        } else {
            selected = min(max(selected, offset), offset + rows.count - 1)
        }
    }
}
