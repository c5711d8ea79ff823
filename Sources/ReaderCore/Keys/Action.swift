/// Everything the reader can be asked to do, each declared once with its config name,
/// default keys and help text.
///
/// The raw value is the action's name in `config.toml`; the help overlay is generated from
/// `declaration`, in the order of `allCases`.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case moveDown = "move_down"
    case moveUp = "move_up"
    case open
    case back
    case switchPane = "switch_pane"
    case fullWidth = "full_width"
    case narrowList = "narrow_list"
    case widenList = "widen_list"
    case pageDown = "page_down"
    case pageUp = "page_up"
    case halfPageDown = "half_page_down"
    case halfPageUp = "half_page_up"
    case top
    case bottom
    case nextArticle = "next_article"
    case previousArticle = "previous_article"
    case nextUnread = "next_unread"
    case nextQuote = "next_quote"
    case previousQuote = "previous_quote"
    case search
    case nextMatch = "next_match"
    case previousMatch = "previous_match"
    case toggleBookmark = "toggle_bookmark"
    case bookmarksOnly = "bookmarks_only"
    case editNote = "edit_note"
    case toggleRead = "toggle_read"
    case openSource = "open_source"
    case copy
    case copyArticle = "copy_article"
    case pipeArticle = "pipe_article"
    case refresh
    case fetchFeeds = "fetch_feeds"
    case speakers
    case speakerIndex = "speaker_index"
    case feeds
    case cycleTheme = "cycle_theme"
    case help
    case quitOrBack = "quit_or_back"
    case quit
    case limit
    case deleteArticle = "delete_article"
    case undoDelete = "undo_delete"
    case markAllRead = "mark_all_read"
    case markReadToHere = "mark_read_to_here"
    case sort
    case views
    case editTags = "edit_tags"

    /// An action's default keys (by `Key` name) and help text.
    public struct Declaration: Sendable {
        public var keys: [String]
        public var help: String
    }

    /// The table: default keys and help text of every action.
    public var declaration: Declaration {
        switch self {
        case .moveDown: return Declaration(keys: ["j", "Down"], help: "next article / scroll down")
        case .moveUp: return Declaration(keys: ["k", "Up"], help: "previous article / scroll up")
        case .open: return Declaration(keys: ["Enter", "l", "Right"], help: "open the selected article")
        case .back: return Declaration(keys: ["h", "Left", "Esc"], help: "back to the list")
        case .switchPane: return Declaration(keys: ["Tab"], help: "switch between list and article")
        case .fullWidth: return Declaration(keys: ["z"], help: "one pane at full width, or both")
        case .narrowList: return Declaration(keys: ["<"], help: "narrow the list pane")
        case .widenList: return Declaration(keys: [">"], help: "widen the list pane")
        case .pageDown: return Declaration(keys: ["Space", "PageDown"], help: "page down; at the end, next unread")
        case .pageUp: return Declaration(keys: ["PageUp"], help: "page up")
        case .halfPageDown: return Declaration(keys: ["C-d"], help: "half a page down")
        case .halfPageUp: return Declaration(keys: ["C-u"], help: "half a page up")
        case .top: return Declaration(keys: ["g", "Home"], help: "go to the top")
        case .bottom: return Declaration(keys: ["G", "End"], help: "go to the bottom")
        case .nextArticle: return Declaration(keys: ["J"], help: "read the next article")
        case .previousArticle: return Declaration(keys: ["K"], help: "read the previous article")
        case .nextUnread: return Declaration(keys: ["U"], help: "read the next unread article")
        case .nextQuote: return Declaration(keys: ["]"], help: "next quote")
        case .previousQuote: return Declaration(keys: ["["], help: "previous quote")
        case .search: return Declaration(keys: ["/"], help: "search; in the prompt C-r: regex")
        case .nextMatch: return Declaration(keys: ["n"], help: "next search match")
        case .previousMatch: return Declaration(keys: ["N"], help: "previous search match")
        case .toggleBookmark: return Declaration(keys: ["b"], help: "bookmark, or remove it")
        case .bookmarksOnly: return Declaration(keys: ["B"], help: "bookmarked articles only, or all")
        case .editNote: return Declaration(keys: ["a"], help: "write the bookmark's note")
        case .toggleRead: return Declaration(keys: ["u"], help: "mark unread, or read again")
        case .openSource: return Declaration(keys: ["o"], help: "open the web address in a browser")
        case .copy: return Declaration(keys: ["y"], help: "copy the marked quote, or the web address")
        case .copyArticle: return Declaration(keys: ["Y"], help: "copy the article as Markdown")
        case .pipeArticle: return Declaration(keys: ["|"], help: "pipe the article (Markdown) to a command")
        case .refresh: return Declaration(keys: ["R"], help: "reload the list")
        case .fetchFeeds: return Declaration(keys: ["F"], help: "fetch the subscribed feeds")
        case .speakers: return Declaration(keys: ["s"], help: "who speaks in this article")
        case .speakerIndex: return Declaration(keys: ["S"], help: "everyone quoted in the archive")
        case .feeds: return Declaration(keys: ["L"], help: "the feeds with their unread counts")
        case .cycleTheme: return Declaration(keys: ["t"], help: "switch to the next colour theme")
        case .help: return Declaration(keys: ["?"], help: "show or hide this help")
        case .quitOrBack: return Declaration(keys: ["q"], help: "back, or quit from the list")
        case .quit: return Declaration(keys: ["Q"], help: "quit at once")
        case .limit:
            return Declaration(keys: ["f"], help: "filter the list; Esc clears the filter")
        case .deleteArticle: return Declaration(keys: ["d"], help: "delete the article (asks y/n)")
        case .undoDelete: return Declaration(keys: ["X"], help: "bring back the article deleted last")
        case .markAllRead: return Declaration(keys: ["A"], help: "mark every article of the list read")
        case .markReadToHere: return Declaration(keys: ["M"], help: "mark read from the top down to here")
        case .sort: return Declaration(keys: ["O"], help: "sort by date, title, source, quotes")
        case .views: return Declaration(keys: ["v"], help: "the views of config.toml; Enter shows one")
        case .editTags: return Declaration(keys: ["T"], help: "edit the article's tags; Tab completes")
        }
    }

    /// The action's name in `config.toml`.
    public var configName: String { rawValue }
}
