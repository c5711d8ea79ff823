/// Which pane keys act on.
public enum Focus: Hashable, Sendable {
    case list
    case article
}
