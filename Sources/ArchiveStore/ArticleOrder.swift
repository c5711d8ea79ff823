/// The order of a list of articles (`--sort`, the reader's sort key).
public enum ArticleOrder: String, CaseIterable, Equatable, Sendable {
    /// Newest import first: the archive's own order.
    case newest
    /// Oldest import first.
    case oldest
    /// By title, case ignored.
    case title
    /// By source (address or file path), articles without one last.
    case source
    /// Most quotations first.
    case quotes

    /// The `ORDER BY` terms on the article alias `a`; ties go newest first.
    var orderBy: String {
        switch self {
        case .newest: "a.id DESC"
        case .oldest: "a.id ASC"
        case .title: "a.title COLLATE NOCASE, a.id DESC"
        case .source: "a.source IS NULL, a.source COLLATE NOCASE, a.id DESC"
        case .quotes: "a.quote_count DESC, a.id DESC"
        }
    }
}
