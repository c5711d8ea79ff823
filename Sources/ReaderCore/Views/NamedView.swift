import ArchiveStore

/// A filter saved under a name in `config.toml` (`[views.morning] filter = "unread tag:politics"`):
/// what newsboat calls a query feed. The reader's `v` lists them to pick from (`ViewsList`).
public struct NamedView: Hashable, Sendable {
    public var name: String
    public var filter: ArticleFilter

    public init(name: String, filter: ArticleFilter) {
        self.name = name
        self.filter = filter
    }
}
