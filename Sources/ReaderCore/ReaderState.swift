/// Everything the reader shows, as a value: `update` changes it, `ReaderRenderer` draws it.
public struct ReaderState: Equatable, Sendable {
    /// The terminal size.
    public var size: TerminalSize
    public var focus: Focus = .list
    public var helpVisible = false
    public var list = ArticleList()
    /// The article being read, if any.
    public var article: OpenArticle?
    /// The status line's message, cleared by the next key.
    public var status: StatusMessage?
    /// The key bindings; the help overlay shows them.
    public var keymap: Keymap
    /// The speakers panel of the open article (`s`), when shown.
    public var speakerPanel: SpeakerPanel?
    /// The archive's speaker index (`S`), when shown in the list pane.
    public var speakerIndex: SpeakerIndex?

    /// A reader of a terminal of `size`, with nothing loaded yet.
    public init(size: TerminalSize, keymap: Keymap = .standard) {
        self.size = size
        self.keymap = keymap
    }

    /// Where the panes are now.
    public var layout: PaneLayout { PaneLayout(size: size, focus: focus) }

    /// The height of the list pane (also when it is hidden on a narrow terminal).
    var listHeight: Int { max(1, size.height - 1) }

    /// The height of the article pane.
    var articleHeight: Int { max(1, size.height - 1) }

    /// The effects that start the reader: load the first page.
    public static let startEffects: [ReaderEffect] = [.loadRows(.newest)]
}
