/// Rows loaded a page at a time from the archive, with a selection and the first visible row.
///
/// The next page is asked for as the selection nears the end of what is loaded; a page
/// shorter than `pageSize` means there is nothing more.
public struct PagedRows<Row: Equatable & Sendable>: Equatable, Sendable {
    /// Rows asked for per page.
    public static var pageSize: Int { 200 }

    public private(set) var rows: [Row] = []
    /// Whether the last page has arrived.
    public private(set) var isComplete = false
    /// Whether the first page has arrived.
    public private(set) var isLoaded = false
    public var selected = 0
    /// The first visible row.
    public var top = 0
    /// The offset of the page asked for and not yet arrived, so that it is asked for once.
    private var requested: Int? = 0

    public init() {}

    /// The selected row, if loaded.
    public var selectedRow: Row? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Takes in the page that starts at `offset`; a page that does not follow the loaded rows
    /// (a late answer to an older request) is dropped.
    public mutating func receive(_ page: [Row], offset: Int) {
        guard offset == rows.count else { return }
        rows += page
        isLoaded = true
        isComplete = page.count < Self.pageSize
        requested = nil
        selected = min(selected, max(0, rows.count - 1))
    }

    /// Moves the selection by `delta` within the loaded rows and keeps it within `height`
    /// visible rows; returns the offset of the page to load next, if one is needed.
    public mutating func move(by delta: Int, height: Int) -> Int? {
        if !rows.isEmpty { selected = min(max(0, selected + delta), rows.count - 1) }
        let height = max(1, height)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = max(0, min(top, max(0, rows.count - height)))
        guard isLoaded, !isComplete, requested == nil, rows.count - selected <= Self.pageSize / 2 else { return nil }
        requested = rows.count
        return rows.count
    }
}
