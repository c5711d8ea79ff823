/// Unicode's White_Space property, as `Unicode.Scalar.Properties.isWhitespace` answers it,
/// without its table look-up (300 instructions a scalar, paid by every curly quote and dash
/// of an article whose words are counted): the property's scalars are listed.
public enum UnicodeWhiteSpace {
    /// Whether the scalar `value` is white space.
    public static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
