/// A double quotation mark and the marks that may close a quote it opens.
///
/// Single marks (‘ ’ ') are not listed: they are apostrophes or nested quotes, and never open
/// or close a quotation of their own.
enum QuoteMark: Sendable, Equatable {
    /// `"`, direction from context.
    case straight
    /// `“`: opens in English, closes in German („…“).
    case leftDouble
    /// `”`: closes in English, opens and closes in Swedish and Finnish.
    case rightDouble
    /// `„` or `‟`: opens (German, Polish, Czech).
    case lowDouble
    /// `«`: opens in French, closes in German (»…«).
    case leftGuillemet
    /// `»`: closes in French, opens in German.
    case rightGuillemet
    /// `「` or `『`: opens (Chinese, Japanese).
    case leftCorner
    /// `」` or `』`: closes.
    case rightCorner

    /// The mark `scalar` is, or `nil` when it is no double quotation mark.
    init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x22: self = .straight
        case 0x201C: self = .leftDouble
        case 0x201D: self = .rightDouble
        case 0x201E, 0x201F: self = .lowDouble
        case 0xAB: self = .leftGuillemet
        case 0xBB: self = .rightGuillemet
        case 0x300C, 0x300E: self = .leftCorner
        case 0x300D, 0x300F: self = .rightCorner
        default: return nil
        }
    }

    /// Whether this mark may close a quotation that `opener` opened (mixed straight and curly
    /// pairs included).
    func closes(_ opener: QuoteMark) -> Bool {
        switch opener {
        case .straight, .leftDouble, .rightDouble:
            return self == .straight || self == .rightDouble || self == .leftDouble
        case .lowDouble: return self == .leftDouble || self == .rightDouble || self == .straight
        case .leftGuillemet: return self == .rightGuillemet
        case .rightGuillemet: return self == .leftGuillemet
        case .leftCorner: return self == .rightCorner
        case .rightCorner: return false
        }
    }

    /// Whether this mark may open a quotation at all.
    var opens: Bool { self != .rightCorner }

    /// Whether the mark is written with a space on its inner side (French « … »).
    var allowsInnerSpace: Bool { self == .leftGuillemet || self == .rightGuillemet }
}
