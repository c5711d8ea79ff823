/// What a theme file says about one role: any of foreground, background and attributes.
/// Whatever it leaves out comes from the parent theme or the role's fallback.
public struct StyleSpec: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var attributes: TextAttributes?

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: TextAttributes? = nil) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// `base` with what this spec states put over it.
    public func applied(to base: Style) -> Style {
        Style(
            foreground: foreground ?? base.foreground, background: background ?? base.background,
            attributes: attributes ?? base.attributes)
    }
}
