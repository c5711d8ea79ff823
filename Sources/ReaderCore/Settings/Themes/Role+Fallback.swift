extension Role {
    /// Where a role's style comes from when a theme (and every theme it inherits from) leaves
    /// the role out: another role's style with some attributes added. `text` alone has none;
    /// it is the terminal's plain look.
    public var fallback: (role: Role, adding: TextAttributes)? {
        switch self {
        case .text: return nil
        case .title: return (.text, .bold)
        case .byline: return (.text, .italic)
        case .quote: return (.text, [.italic, .underline])
        case .quoteCurrent: return (.quote, .reverse)
        case .quoteFocus: return (.quote, .underline)
        case .speaker: return (.text, .bold)
        case .cue: return (.text, .italic)
        case .searchMatch: return (.text, .reverse)
        case .searchCurrent: return (.searchMatch, .bold)
        case .listItem: return (.text, [])
        case .listSelected: return (.listItem, .reverse)
        case .listBookmarked: return (.listItem, .bold)
        case .listRead: return (.listItem, .dim)
        case .listUnread: return (.listItem, [])
        case .separator: return (.text, .dim)
        case .status: return (.text, .reverse)
        case .statusError: return (.status, .bold)
        case .help: return (.status, [])
        case .position: return (.status, .bold)
        }
    }
}
