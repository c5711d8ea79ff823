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

    /// The colour among the first `count` (8 or 16) of the palette that stands for an RGB
    /// colour: a colour with a clear hue becomes the basic colour of that hue (its bright
    /// variant, among 16, when it is light), a greyish one the nearest grey.
    ///
    /// By hue rather than by distance: the basic colours are far apart, so the nearest by
    /// distance of a soft palette's colours is white or grey for nearly all of them, and
    /// the roles of such a theme would all look the same.
    static func nearest(red: UInt8, green: UInt8, blue: UInt8, among count: Int) -> Int {
        let (high, low) = (Int(max(red, green, blue)), Int(min(red, green, blue)))
        let chroma = high - low
        guard chroma >= minimumChroma else {
            let greys = count == 16 ? [0, 8, 7, 15] : [0, 7]
            return greys.min {
                squaredDistance(paletteRGB($0), red, green, blue) < squaredDistance(paletteRGB($1), red, green, blue)
            }!
        }
        let (r, g, b) = (Double(red), Double(green), Double(blue))
        var hue: Double
        switch high {
        case Int(red): hue = 60 * (g - b) / Double(chroma)
        case Int(green): hue = 60 * (b - r) / Double(chroma) + 120
        default: hue = 60 * (r - g) / Double(chroma) + 240
        }
        if hue < 0 { hue += 360 }
        // Red, yellow, green, cyan, blue, magenta: each basic colour takes 60° around its hue.
        let basic = [1, 3, 2, 6, 4, 5][Int((hue + 30) / 60) % 6]
        return count == 16 && high + low > 2 * brightLightness ? basic + 8 : basic
    }

    /// The spread between the largest and smallest component from which a colour counts as
    /// having a hue.
    private static let minimumChroma = 32
    /// The lightness (the mean of the largest and smallest component) above which a colour
    /// becomes a bright basic colour on a 16-colour terminal.
    private static let brightLightness = 160

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
