/// A foreground or background colour as a theme states it.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own default colour.
    case standard
    /// One of the sixteen named colours.
    case named(ColorName)
    /// A colour of the 256-colour palette.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(red: UInt8, green: UInt8, blue: UInt8)

    /// The xterm-256 colour closest to an RGB colour: the 6×6×6 cube or the grey ramp.
    static func nearestPaletteIndex(red: UInt8, green: UInt8, blue: UInt8) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func cubeStep(_ value: UInt8) -> Int {
            let value = Int(value)
            return levels.indices.min { abs(levels[$0] - value) < abs(levels[$1] - value) }!
        }
        let (r, g, b) = (cubeStep(red), cubeStep(green), cubeStep(blue))
        let cubeDistance = distance(levels[r], levels[g], levels[b], red, green, blue)
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let grey = 8 + 10 * greyStep
        if distance(grey, grey, grey, red, green, blue) < cubeDistance { return 232 + greyStep }
        return 16 + 36 * r + 6 * g + b
    }

    private static func distance(_ r: Int, _ g: Int, _ b: Int, _ red: UInt8, _ green: UInt8, _ blue: UInt8) -> Int {
        let (dr, dg, db) = (r - Int(red), g - Int(green), b - Int(blue))
        return dr * dr + dg * dg + db * db
    }
}
