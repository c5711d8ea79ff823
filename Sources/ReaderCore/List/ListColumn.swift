/// A column the article list can show after the title, in `config.toml`'s `[list] columns`.
public enum ListColumn: String, CaseIterable, Hashable, Sendable {
    /// The byline, or the source when there is none.
    case byline
    /// The publication (else import) date, in the configured format.
    case date

    /// The narrowest list pane that shows the column.
    var minimumPaneWidth: Int {
        switch self {
        case .byline: return 56
        case .date: return 40
        }
    }
}
