/// The themes `t` steps through in the reader, and which one is showing.
///
/// A bundled theme the user has not replaced is read from its file only when it is first
/// shown (`Theme.bundled(named:)`, once per process): reading the four the reader does not
/// start with was a fifth of its start-up, and they cannot fail to load (`BundledThemeTests`).
/// Two cycles are equal when they hold the same slots: a bundled theme not yet read is not
/// equal to the same theme read (comparing would read it).
public struct ThemeCycle: Hashable, Sendable {
    /// A theme of the cycle: one already read, or a bundled theme read when needed.
    enum Slot: Hashable, Sendable {
        case theme(Theme)
        case bundled(String)

        var name: String {
            switch self {
            case .theme(let theme): theme.name
            case .bundled(let name): name
            }
        }

        var theme: Theme {
            switch self {
            case .theme(let theme): theme
            case .bundled(let name): Theme.bundled(named: name)
            }
        }
    }

    private var slots: [Slot]
    /// The position of the current theme in `themes`.
    public private(set) var index: Int

    /// Cycles through `themes` starting at `start`; with no themes, only the default.
    public init(_ themes: [Theme], start: Int = 0) {
        self.init(slots: themes.map(Slot.theme), start: start)
    }

    init(slots: [Slot], start: Int) {
        self.slots = slots.isEmpty ? [.theme(.defaultDark)] : slots
        index = self.slots.indices.contains(start) ? start : 0
    }

    /// The themes in order; never empty.
    public var themes: [Theme] { slots.map(\.theme) }

    /// The number of themes.
    public var count: Int { slots.count }

    /// The theme showing.
    public var current: Theme { slots[index].theme }

    /// Moves to the next theme, back to the first after the last.
    public mutating func advance() {
        index = (index + 1) % slots.count
    }
}
