import CNCurses
import ReaderCore

/// Turns theme colours into ncurses colour numbers for a terminal of a given depth.
///
/// 24-bit colours go straight in as `0xRRGGBB` on a direct-colour terminal (`COLORS` ≥
/// 2^24); on one that can redefine colours they get palette slots from the top down,
/// defined with `init_extended_color`. Palette colours above 15 then get slots of their own
/// too (with xterm's values), since the theme before may have redefined their numbers; on
/// a direct-colour terminal those from 8 up are sent as their RGB values.
struct CursesColorNumbers {
    private let depth: ColorDepth
    private let colors: Int
    private var defined: [DeviceColor: Int32] = [:]
    private var nextSlot: Int32

    init(depth: ColorDepth, colors: Int) {
        self.depth = depth
        self.colors = colors
        nextSlot = Int32(min(colors, 256) - 1)
    }

    /// The colour number of `color`; -1 (the terminal's default) for the default colour.
    mutating func number(for color: TerminalColor) -> Int32 {
        switch color.device(for: depth) {
        case nil:
            return -1
        case .index(let index) where depth == .truecolor && index >= (isDirect ? 8 : 16):
            // Direct colour reads numbers from 8 up as RGB; redefinable palettes may have
            // had this number redefined by the theme before.
            let rgb = TerminalColor.paletteRGB(index)
            return number(red: rgb.red, green: rgb.green, blue: rgb.blue, fallback: Int32(index))
        case .index(let index):
            return index < colors ? Int32(index) : -1
        case .rgb(let red, let green, let blue):
            guard case .index(let nearest) = color.device(for: .palette256) else { return -1 }
            return number(red: red, green: green, blue: blue, fallback: Int32(nearest))
        }
    }

    /// Whether the terminal takes colours as `0xRRGGBB` numbers.
    private var isDirect: Bool { colors >= 1 << 24 }

    /// The number of an RGB colour: itself on a direct-colour terminal, else a palette slot
    /// defined as it (defined now if needed); `fallback` when the slots are used up.
    private mutating func number(red: UInt8, green: UInt8, blue: UInt8, fallback: Int32) -> Int32 {
        if isDirect { return Int32(red) << 16 | Int32(green) << 8 | Int32(blue) }
        let device = DeviceColor.rgb(red: red, green: green, blue: blue)
        if let slot = defined[device] { return slot }
        guard nextSlot >= 16 else { return fallback }
        let slot = nextSlot
        nextSlot -= 1
        init_extended_color(slot, scale(red), scale(green), scale(blue))
        defined[device] = slot
        return slot
    }

    /// A 0–255 channel on ncurses' 0–1000 scale.
    private func scale(_ channel: UInt8) -> Int32 {
        Int32(channel) * 1_000 / 255
    }
}
