/// The settings of `config.toml` that change how the reader draws, with their defaults.
public struct ReaderPreferences: Hashable, Sendable {
    /// The columns after each list row's title, in order.
    public var listColumns: [ListColumn]
    /// How the list writes dates.
    public var dateFormat: DateFormat
    /// The widest article text may be wrapped, in columns; `nil` for the pane's width.
    public var wrapWidth: Int?
    /// The list pane's width beside the article, in columns; `nil` for two fifths of the
    /// terminal.
    public var listWidth: Int?
    /// A command that takes what `y` and `Y` copy on its standard input (`wl-copy`), besides
    /// the terminal's clipboard.
    public var copyCommand: String?
    /// The named filters of `[views]`, in the file's order.
    public var views: [NamedView]

    public init(
        listColumns: [ListColumn] = [.byline, .source, .date], dateFormat: DateFormat = .standard,
        wrapWidth: Int? = nil, listWidth: Int? = nil, copyCommand: String? = nil, views: [NamedView] = []
    ) {
        self.views = views
        self.listColumns = listColumns
        self.dateFormat = dateFormat
        self.wrapWidth = wrapWidth
        self.listWidth = listWidth
        self.copyCommand = copyCommand
    }
}
