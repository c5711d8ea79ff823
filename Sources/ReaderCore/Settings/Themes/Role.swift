/// What a cell on the screen is, for colouring: every colour role, declared once.
///
/// The raw value is the role's name in theme files. A theme gives each role a `Style`;
/// article text that is none of the highlighted kinds is `text`.
public enum Role: String, CaseIterable, Hashable, Sendable {
    /// Body text of an article.
    case text
    /// The article's headline.
    case title
    /// The author line ("By Jane Doe").
    case byline
    /// Quoted speech, marks included.
    case quote
    /// The quote `]` or `[` last moved to.
    case quoteCurrent = "quote_current"
    /// The quotes of the speaker chosen in the speakers panel.
    case quoteFocus = "quote_focus"
    /// Who is quoted or cited ("he", "four sources").
    case speaker
    /// The reporting verb or phrase ("said", "according to").
    case cue
    /// A match of an in-article search.
    case searchMatch = "search_match"
    /// The search match the reader is on.
    case searchCurrent = "search_current"
    /// A list row's secondary text (byline, source, date).
    case listItem = "list_item"
    /// The selected list row.
    case listSelected = "list_selected"
    /// The bookmark marker of a list row.
    case listBookmarked = "list_bookmarked"
    /// The title of an article already read.
    case listRead = "list_read"
    /// The title of an article not read yet.
    case listUnread = "list_unread"
    /// The line between the panes.
    case separator
    /// The status line.
    case status
    /// An error shown in the status line.
    case statusError = "status_error"
    /// The help overlay.
    case help
    /// The reading position shown in the status line.
    case position

    /// The role's name in theme files.
    public var configName: String { rawValue }
}
