/// Where the panes go for a terminal size: both panes from 80 columns, one pane (the
/// focused one) when narrower or at full width (`z`), and nothing but a message below the
/// minimum size.
public struct PaneLayout: Hashable, Sendable {
    /// The narrowest terminal that shows both panes.
    public static let twoPaneWidth = 80
    /// The smallest terminal the reader draws in; smaller gets "terminal too small".
    public static let minimumSize = TerminalSize(width: 20, height: 4)
    /// Columns left blank on each side of the article text.
    public static let articleMargin = 1
    /// The narrowest list pane beside the article.
    public static let minimumListWidth = 20
    /// The narrowest article pane beside the list.
    public static let minimumArticleWidth = 30
    /// How many columns `<` and `>` change the list pane's width by.
    public static let listWidthStep = 4

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

    /// The layout of a terminal of `size` with `focus` on a pane; `listWidth` is the list
    /// pane's width when both show (`nil`: two fifths of the terminal, 30 to 60 columns), and
    /// `fullWidth` shows one pane at a time at any width.
    public init(size: TerminalSize, focus: Focus, listWidth: Int? = nil, fullWidth: Bool = false) {
        statusRow = size.height - 1
        isTooSmall =
            size.width < PaneLayout.minimumSize.width || size.height < PaneLayout.minimumSize.height
        let paneHeight = max(0, size.height - 1)
        if isTooSmall {
            list = nil
            article = nil
            separatorColumn = nil
        } else if size.width >= PaneLayout.twoPaneWidth, !fullWidth {
            let listWidth = PaneLayout.listWidth(listWidth, size: size)
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

    /// The width of the list pane beside the article: `wanted`, or two fifths of the
    /// terminal (30 to 60 columns), kept between the narrowest list and article panes.
    public static func listWidth(_ wanted: Int?, size: TerminalSize) -> Int {
        let width = wanted ?? min(60, max(30, size.width * 2 / 5))
        return max(minimumListWidth, min(width, size.width - 1 - minimumArticleWidth))
    }

    /// The width article text is wrapped to in the article pane of this layout's terminal,
    /// whichever pane has the focus (so switching panes on a narrow terminal never re-wraps).
    public static func articleTextWidth(size: TerminalSize, listWidth: Int? = nil, fullWidth: Bool = false) -> Int {
        let pane =
            PaneLayout(size: size, focus: .article, listWidth: listWidth, fullWidth: fullWidth).article?.width
            ?? size.width
        return max(1, pane - 2 * articleMargin)
    }
}
