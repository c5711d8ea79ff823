/// The sixteen colours every colour terminal has, by their theme-file names.
public enum ColorName: String, CaseIterable, Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack = "bright_black"
    case brightRed = "bright_red"
    case brightGreen = "bright_green"
    case brightYellow = "bright_yellow"
    case brightBlue = "bright_blue"
    case brightMagenta = "bright_magenta"
    case brightCyan = "bright_cyan"
    case brightWhite = "bright_white"

    /// The terminal's colour number (0–15).
    public var index: Int { ColorName.allCases.firstIndex(of: self)! }
}
