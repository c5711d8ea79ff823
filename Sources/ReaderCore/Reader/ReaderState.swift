import ArchiveStore

/// Everything the reader shows, as a value: `update` changes it, `ReaderRenderer` draws it.
public struct ReaderState: Equatable, Sendable {
    /// The terminal size.
    public var size: TerminalSize
    /// What has the keys, bottom first: the list, then the panes, overlays and prompts
    /// entered since; the top one receives keys and actions.
    public internal(set) var modes: [ReaderMode] = [.list]
    public var list = ArticleList()
    /// The article being read, if any.
    public var article: OpenArticle?
    /// The status line's message, cleared by the next key.
    public var status: StatusMessage?
    /// The key bindings; the help overlay shows them.
    public var keymap: Keymap
    /// Search patterns and queries confirmed so far, oldest first.
    public var searchHistory: [String] = []
    /// The colour themes `t` cycles through; the terminal draws with the current one.
    public var themes: ThemeCycle
    /// The settings of `config.toml` that change what is drawn.
    public var preferences: ReaderPreferences
    /// The list pane's width beside the article (`<`, `>`, `layout.list_width`); `nil` for
    /// two fifths of the terminal.
    public var listWidth: Int?
    /// Whether one pane shows at a time at any width (`z`).
    public var fullWidth = false
    /// The command `|` last piped an article to, offered again by the next `|`.
    public var pipeCommand: String?
    /// The number of articles of the list (as filtered) not read yet, once counted.
    public var unreadCount: Int?
    /// The `--archive` the reader was started with, if any: the commands it suggests name it.
    public var archiveArgument: String?
    /// The title of the article deleted last while it can be brought back (the session keeps
    /// the article itself).
    public var deletedTitle: String?
    /// Every tag of the archive, loaded when the tag prompt opens: what Tab completes from.
    public var tagNames: [String] = []

    /// A reader of a terminal of `size`, with nothing loaded yet.
    public init(
        size: TerminalSize, keymap: Keymap = .standard, themes: ThemeCycle = ThemeCycle([.defaultDark]),
        preferences: ReaderPreferences = ReaderPreferences(), archiveArgument: String? = nil
    ) {
        self.size = size
        self.keymap = keymap
        self.themes = themes
        self.preferences = preferences
        listWidth = preferences.listWidth
        self.archiveArgument = archiveArgument
    }

    /// Where the panes are now.
    public var layout: PaneLayout { PaneLayout(size: size, focus: focus, listWidth: listWidth, fullWidth: fullWidth) }

    /// The height of the list pane (also when it is hidden on a narrow terminal).
    var listHeight: Int { max(1, size.height - 1) }

    /// The height of the article pane.
    var articleHeight: Int { max(1, size.height - 1) }

    /// The width article text is wrapped to: the article pane's, at most the configured limit.
    var articleTextWidth: Int {
        min(
            PaneLayout.articleTextWidth(size: size, listWidth: listWidth, fullWidth: fullWidth),
            preferences.wrapWidth ?? .max)
    }

    /// The effects that start the reader: load the first page and count the unread
    /// articles, then reopen where it was closed.
    public static func startEffects(order: ArticleOrder) -> [ReaderEffect] {
        [
            .loadRows(.newest, filter: ArticleFilter(), order: order), .countUnread(filter: ArticleFilter()),
            .loadLastPlace,
        ]
    }
}
