/// A column the article list can show after the title, in `config.toml`'s `[list] columns`.
///
/// Columns that do not fit the pane are left out, the title keeps at least half of it, and the
/// byline and source columns grow with the pane (`width(inPane:)`).
public enum ListColumn: String, CaseIterable, Hashable, Sendable {
    /// The byline, or the source when there is none or the source column is not shown.
    case byline
    /// Where the article came from: the web address's host, or the file's name.
    case source
    /// The import date (the list's order), in the configured format; labelled `imported` when
    /// the pane has room.
    case date

    /// The narrowest list pane that shows the column.
    var minimumPaneWidth: Int {
        switch self {
        case .byline: return 56
        case .source: return 120
        case .date: return 40
        }
    }

    /// The narrowest pane where the date column says which date it is.
    static let labelledDateWidth = 100

    /// The columns a text column (byline, source) takes in a pane `paneWidth` wide: a fifth of
    /// it, 16 to 30.
    static func width(inPane paneWidth: Int) -> Int {
        min(30, max(16, paneWidth / 5))
    }
}
