/// A colour as the terminal is told it: a palette number or, on a 24-bit terminal, RGB.
public enum DeviceColor: Hashable, Sendable {
    case index(Int)
    case rgb(red: UInt8, green: UInt8, blue: UInt8)
}
