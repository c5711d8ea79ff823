/// How many colours a terminal shows, from none to 24-bit.
public enum ColorDepth: Int, Comparable, CaseIterable, Sendable {
    /// No colours: themes give way to `mono` (attributes only).
    case monochrome
    /// The eight basic colours.
    case eight
    /// The eight basic colours and their bright variants.
    case sixteen
    /// The xterm 256-colour palette.
    case palette256
    /// Any 24-bit colour.
    case truecolor

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The depth to draw with: `NO_COLOR` (any value) or `TERM=dumb` turn colours off;
    /// 24-bit colour needs `COLORTERM=truecolor` or `24bit` and a terminal that can show it
    /// (a direct-colour terminfo, `colors` ≥ 2^24, or one that can redefine its colours);
    /// otherwise the terminal's own colour count decides.
    ///
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - colors: the number of colours the terminal description reports (ncurses `COLORS`).
    ///   - canChangeColor: whether the terminal can redefine colours (`can_change_color`).
    public static func detect(environment: [String: String], colors: Int, canChangeColor: Bool) -> ColorDepth {
        if environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return .monochrome }
        let colorTerm = environment["COLORTERM"]?.lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit", colors >= 1 << 24 || (canChangeColor && colors >= 256) {
            return .truecolor
        }
        switch colors {
        case 256...: return .palette256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .monochrome
        }
    }
}
