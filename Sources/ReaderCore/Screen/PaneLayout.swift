/// Where the panes go for a terminal size: both panes from 80 columns, one pane (the
/// focused one) when narrower, and nothing but a message below the minimum size.
public struct PaneLayout: Hashable, Sendable {
    /// The narrowest terminal that shows both panes.
    public static let twoPaneWidth = 80
    /// The smallest terminal the reader draws in; smaller gets "terminal too small".
    public static let minimumSize = TerminalSize(width: 20, height: 4)
    /// Columns left blank on each side of the article text.
    public static let articleMargin = 1

    /// The list pane, if shown.
    public var list: Rect?
    /// The article pane, if shown.
    public var article: Rect?
    /// The column of the separator between the panes, if both are shown.
    public var separatorColumn: Int?
    /// The status line's row.
    public var statusRow: Int
    /// Whether the terminal is below the minimum size.
    public var isTooSmall: Bool

    /// The layout of a terminal of `size` with `focus` on a pane.
    public init(size: TerminalSize, focus: Focus) {
        statusRow = size.height - 1
        isTooSmall =
            size.width < PaneLayout.minimumSize.width || size.height < PaneLayout.minimumSize.height
        let paneHeight = max(0, size.height - 1)
        if isTooSmall {
            list = nil
            article = nil
            separatorColumn = nil
        } else if size.width >= PaneLayout.twoPaneWidth {
            let listWidth = min(60, max(30, size.width * 2 / 5))
            list = Rect(row: 0, column: 0, width: listWidth, height: paneHeight)
            separatorColumn = listWidth
            article = Rect(row: 0, column: listWidth + 1, width: size.width - listWidth - 1, height: paneHeight)
        } else {
            let full = Rect(row: 0, column: 0, width: size.width, height: paneHeight)
            list = focus == .list ? full : nil
            article = focus == .article ? full : nil
            separatorColumn = nil
        }
    }

    /// The width article text is wrapped to in the article pane of a terminal of `size`,
    /// whichever pane has the focus (so switching panes on a narrow terminal never re-wraps).
    public static func articleTextWidth(size: TerminalSize) -> Int {
        let pane = PaneLayout(size: size, focus: .article).article?.width ?? size.width
        return max(1, pane - 2 * articleMargin)
    }
}
