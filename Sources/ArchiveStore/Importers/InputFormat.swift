/// The formats `dateline import` reads; `--format` names them by their raw value.
public enum InputFormat: String, CaseIterable, Sendable, Comparable {
    case text
    case html
    case markdown
    case rss
    case atom
    case jsonFeed = "jsonfeed"

    public static func < (lhs: InputFormat, rhs: InputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether one input of this format holds many articles (one per item or entry).
    public var isFeed: Bool {
        switch self {
        case .rss, .atom, .jsonFeed: return true
        case .text, .html, .markdown: return false
        }
    }
}
