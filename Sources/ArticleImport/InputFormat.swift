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

}
