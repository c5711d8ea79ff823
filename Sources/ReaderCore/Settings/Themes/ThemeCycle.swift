/// The themes `t` steps through in the reader, and which one is showing.
public struct ThemeCycle: Hashable, Sendable {
    /// The themes in order; never empty.
    public private(set) var themes: [Theme]
    /// The position of the current theme in `themes`.
    public private(set) var index: Int

    /// Cycles through `themes` starting at `start`; with no themes, only the default.
    public init(_ themes: [Theme], start: Int = 0) {
        self.themes = themes.isEmpty ? [.defaultDark] : themes
        index = self.themes.indices.contains(start) ? start : 0
    }

    /// The theme showing.
    public var current: Theme { themes[index] }

    /// Moves to the next theme, back to the first after the last.
    public mutating func advance() {
        index = (index + 1) % themes.count
    }
}
