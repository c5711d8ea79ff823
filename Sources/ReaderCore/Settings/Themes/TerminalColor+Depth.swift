extension TerminalColor {
    /// The colour to send to a terminal of `depth`: the colour itself when the terminal has
    /// it, else the nearest it has (24-bit → 256 → 16 → 8); `nil` means the terminal's
    /// default colour (always so on a monochrome terminal).
    public func device(for depth: ColorDepth) -> DeviceColor? {
        switch (self, depth) {
        case (.standard, _), (_, .monochrome):
            return nil
        case (.rgb(let red, let green, let blue), .truecolor):
            return .rgb(red: red, green: green, blue: blue)
        case (.rgb(let red, let green, let blue), .palette256):
            return .index(TerminalColor.nearestPaletteIndex(red: red, green: green, blue: blue))
        case (.rgb(let red, let green, let blue), _):
            return .index(TerminalColor.nearest(red: red, green: green, blue: blue, among: depth == .eight ? 8 : 16))
        case (.named(let name), _):
            return .index(depth == .eight ? name.index % 8 : name.index)
        case (.indexed(let index), .truecolor), (.indexed(let index), .palette256):
            return .index(Int(index))
        case (.indexed(let index), _):
            let count = depth == .eight ? 8 : 16
            if Int(index) < count { return .index(Int(index)) }
            if index < 16 { return .index(Int(index) % 8) }
            let rgb = TerminalColor.paletteRGB(Int(index))
            return .index(TerminalColor.nearest(red: rgb.red, green: rgb.green, blue: rgb.blue, among: count))
        }
    }

    /// The palette colour among the first `count` (8 or 16) closest to an RGB colour.
    static func nearest(red: UInt8, green: UInt8, blue: UInt8, among count: Int) -> Int {
        (0..<count).min { left, right in
            squaredDistance(paletteRGB(left), red, green, blue) < squaredDistance(paletteRGB(right), red, green, blue)
        }!
    }

    /// The RGB value of xterm's 256-colour palette entry `index` (0–255).
    public static func paletteRGB(_ index: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        switch index {
        case 0..<16:
            return basicColors[index]
        case 16..<232:
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        default:
            let grey = UInt8(8 + 10 * (min(255, index) - 232))
            return (grey, grey, grey)
        }
    }

    /// xterm's default values of the sixteen basic colours.
    private static let basicColors: [(red: UInt8, green: UInt8, blue: UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255),
        (0, 255, 255), (255, 255, 255),
    ]

    private static func squaredDistance(
        _ color: (red: UInt8, green: UInt8, blue: UInt8), _ red: UInt8, _ green: UInt8, _ blue: UInt8
    ) -> Int {
        let (dr, dg, db) = (Int(color.red) - Int(red), Int(color.green) - Int(green), Int(color.blue) - Int(blue))
        return dr * dr + dg * dg + db * db
    }
}
