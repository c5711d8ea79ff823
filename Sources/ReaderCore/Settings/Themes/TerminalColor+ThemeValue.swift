extension TerminalColor {
    /// The colour a theme file's string means: one of the sixteen names, `default`, or
    /// `#rrggbb`; `nil` for anything else.
    public init?(themeName text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .standard
        } else if let name = ColorName(rawValue: lowered) {
            self = .named(name)
        } else if lowered.count == 7, lowered.first == "#", lowered.dropFirst().allSatisfy(\.isHexDigit),
            let value = UInt32(lowered.dropFirst(), radix: 16)
        {
            self = .rgb(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// The colour a theme file's number means: 0–255 of the 256-colour palette.
    public init?(themeNumber number: Int) {
        guard let index = UInt8(exactly: number) else { return nil }
        self = .indexed(index)
    }

    /// The colour as a theme file writes it, without quotes: `yellow`, `default`, `244`, `#2e3440`.
    public var name: String {
        switch self {
        case .standard: return "default"
        case .named(let name): return name.rawValue
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}
