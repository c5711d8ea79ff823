/// A colour theme: a `Style` for every `Role`.
///
/// Roles a theme does not mention are drawn `Style.plain`, so a theme file may state only
/// what it changes.
public struct Theme: Hashable, Sendable {
    /// The theme's name, as `--theme` takes it.
    public var name: String
    /// The styles the theme states.
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `role`.
    public func style(for role: Role) -> Style {
        styles[role] ?? .plain
    }
}
