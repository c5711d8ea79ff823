extension Style {
    /// The ANSI SGR escape sequence that switches a terminal of `depth` to this style
    /// (after a reset); colours become the nearest the depth has.
    public func sgr(depth: ColorDepth) -> String {
        var codes = ["0"]
        let attributeCodes: [(TextAttributes, String)] = [
            (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7"),
        ]
        codes += attributeCodes.filter { attributes.contains($0.0) }.map(\.1)
        if let color = foreground.device(for: depth) { codes.append(Style.sgrColor(color, background: false)) }
        if let color = background.device(for: depth) { codes.append(Style.sgrColor(color, background: true)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The SGR codes of one colour: 30–37/90–97 (40–47/100–107) for the first sixteen,
    /// `38;5;N` for the palette, `38;2;R;G;B` for 24-bit.
    private static func sgrColor(_ color: DeviceColor, background: Bool) -> String {
        switch color {
        case .index(let index) where index < 8:
            return String((background ? 40 : 30) + index)
        case .index(let index) where index < 16:
            return String((background ? 100 : 90) + index - 8)
        case .index(let index):
            return (background ? "48;5;" : "38;5;") + String(index)
        case .rgb(let red, let green, let blue):
            return (background ? "48;2;" : "38;2;") + "\(red);\(green);\(blue)"
        }
    }
}
