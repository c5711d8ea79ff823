/// What has the keys: one layer of the reader's mode stack (`ReaderState.modes`).
///
/// The bottom of the stack is always `list`. The list pane's modes (`searchResults`,
/// `speakerIndex`, `feeds`, `views`) come next, then `article` while the article pane has the focus, then the
/// overlays (`speakerPanel`, `help`) and the status-line `prompt`. The top mode alone
/// receives keys and actions; leaving it pops it and shows the one below as it was.
public enum ReaderMode: Equatable, Sendable {
    /// The article list.
    case list
    /// The results of an archive search, shown in the list pane instead of the list.
    case searchResults(ArchiveSearchResults)
    /// The archive's speaker index, shown in the list pane.
    case speakerIndex(SpeakerIndex)
    /// The subscriptions with their unread counts, shown in the list pane.
    case feeds(FeedsView)
    /// The views of `config.toml` with their unread counts, shown in the list pane.
    case views(ViewsList)
    /// The open article, in the article pane.
    case article
    /// The speakers panel of the open article.
    case speakerPanel(SpeakerPanel)
    /// A status-line prompt: it takes every key.
    case prompt(Prompt)
    /// The help overlay.
    case help(HelpOverlay)

    /// Whether the mode is shown in the list pane (the pane `Tab` and `Esc` return to).
    var isListPane: Bool {
        switch self {
        case .list, .searchResults, .speakerIndex, .feeds, .views: return true
        case .article, .speakerPanel, .prompt, .help: return false
        }
    }

    /// The search results of a `searchResults` mode; setting changes them in place.
    var searchResults: ArchiveSearchResults? {
        get {
            guard case .searchResults(let results) = self else { return nil }
            return results
        }
        set {
            guard let newValue, case .searchResults = self else { return }
            self = .searchResults(newValue)
        }
    }

    /// The index of a `speakerIndex` mode; setting changes it in place.
    var speakerIndex: SpeakerIndex? {
        get {
            guard case .speakerIndex(let index) = self else { return nil }
            return index
        }
        set {
            guard let newValue, case .speakerIndex = self else { return }
            self = .speakerIndex(newValue)
        }
    }

    /// The view of a `feeds` mode; setting changes it in place.
    var feedsView: FeedsView? {
        get {
            guard case .feeds(let view) = self else { return nil }
            return view
        }
        set {
            guard let newValue, case .feeds = self else { return }
            self = .feeds(newValue)
        }
    }

    /// The list of a `views` mode; setting changes it in place.
    var viewsList: ViewsList? {
        get {
            guard case .views(let list) = self else { return nil }
            return list
        }
        set {
            guard let newValue, case .views = self else { return }
            self = .views(newValue)
        }
    }

    /// The overlay of a `help` mode; setting changes it in place.
    var helpOverlay: HelpOverlay? {
        get {
            guard case .help(let overlay) = self else { return nil }
            return overlay
        }
        set {
            guard let newValue, case .help = self else { return }
            self = .help(newValue)
        }
    }

    /// The panel of a `speakerPanel` mode; setting changes it in place.
    var speakerPanel: SpeakerPanel? {
        get {
            guard case .speakerPanel(let panel) = self else { return nil }
            return panel
        }
        set {
            guard let newValue, case .speakerPanel = self else { return }
            self = .speakerPanel(newValue)
        }
    }
}
