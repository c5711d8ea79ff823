import ArchiveStore

/// The list pane while it shows the results of an archive search instead of the list:
/// the results loaded so far, best first, the selection and the first visible result.
public struct ArchiveSearchResults: Equatable, Sendable {
    /// Results asked for per page.
    public static let pageSize = 100
    /// Screen rows per result: the title line and the snippet line.
    public static let rowsPerResult = 2

    /// The most matches counted: counting every match of a common word or phrase runs it over
    /// the whole archive, so a larger count shows as "1000+" (`totalText`).
    public static let countLimit = 1_000

    /// What was searched for, as typed.
    public let query: String
    /// The results loaded so far.
    public private(set) var results: [SearchResult]
    /// How many articles match in all, counted up to `countLimit + 1`: more than
    /// `countLimit` says only that there are more.
    public let total: Int
    /// Whether the last page loaded was short, so that no result is left to load.
    private var exhausted: Bool
    /// The selected result.
    public var selected = 0
    /// The first visible result.
    public var top = 0

    public init(query: String, results: [SearchResult], total: Int) {
        self.query = query
        self.results = results
        self.total = max(total, results.count)
        exhausted = results.count < Self.pageSize
    }

    /// The number of matches as shown: "1000+" beyond `countLimit`.
    public var totalText: String {
        total > Self.countLimit ? "\(Self.countLimit)+" : String(total)
    }

    /// The selected result, if any.
    public var selectedResult: SearchResult? {
        results.indices.contains(selected) ? results[selected] : nil
    }

    /// Takes in the next page of results.
    public mutating func append(_ page: [SearchResult]) {
        results += page
        if page.count < Self.pageSize { exhausted = true }
    }

    /// The offset of the page to load next as the selection nears the end, if any.
    public var nextPageOffset: Int? {
        let more = !exhausted && (results.count < total || total > Self.countLimit)
        return more && selected >= results.count - 10 ? results.count : nil
    }

    /// Moves the selection by `delta` results, within the loaded ones.
    public mutating func moveSelection(by delta: Int) {
        guard !results.isEmpty else { return }
        selected = min(max(0, selected + delta), results.count - 1)
    }

    /// Keeps the selection visible in a pane `height` rows tall.
    public mutating func scrollToSelection(height: Int) {
        let visible = max(1, height / ArchiveSearchResults.rowsPerResult)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, results.count - visible)))
    }

    /// Shows a bookmark change in the result of that article.
    public mutating func update(id: Int64, _ change: (inout ArticleSummary) -> Void) {
        for index in results.indices where results[index].summary.id == id { change(&results[index].summary) }
    }
}
