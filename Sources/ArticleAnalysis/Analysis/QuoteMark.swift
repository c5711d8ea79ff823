/// A quotation mark, double or single, and the marks that may close a quote it opens.
///
/// Double marks are always quote marks. Single marks (‘ ’ ' ‚ ‹ ›) are also apostrophes
/// ("Jones’ car", "’90s", "rock ’n’ roll"), so `QuoteFinder` takes one as a quote mark only
/// where its neighbours say so (British ‘…’, German ‚…‘ inside „…“, Dutch '…').
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
    /// `「`: opens (Chinese, Japanese).
    case leftCorner
    /// `」`: closes.
    case rightCorner
    /// `『`: opens a quote inside 「…」, or a title.
    case leftWhiteCorner
    /// `』`: closes it.
    case rightWhiteCorner
    /// `'`, direction from context; also the typewriter apostrophe.
    case straightSingle
    /// `‘`: opens in English, closes in German (‚…‘).
    case leftSingle
    /// `’`: closes in English; also the apostrophe.
    case rightSingle
    /// `‚`: opens (German, Polish).
    case lowSingle
    /// `‹`: opens in French, closes in German (›…‹).
    case leftSingleGuillemet
    /// `›`: closes in French, opens in German.
    case rightSingleGuillemet

    /// The mark `scalar` is, or `nil` when it is no quotation mark.
    init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x22: self = .straight
        case 0x201C: self = .leftDouble
        case 0x201D: self = .rightDouble
        case 0x201E, 0x201F: self = .lowDouble
        case 0xAB: self = .leftGuillemet
        case 0xBB: self = .rightGuillemet
        case 0x300C: self = .leftCorner
        case 0x300D: self = .rightCorner
        case 0x300E: self = .leftWhiteCorner
        case 0x300F: self = .rightWhiteCorner
        case 0x27: self = .straightSingle
        case 0x2018, 0x201B: self = .leftSingle
        case 0x2019: self = .rightSingle
        case 0x201A: self = .lowSingle
        case 0x2039: self = .leftSingleGuillemet
        case 0x203A: self = .rightSingleGuillemet
        default: return nil
        }
    }

    /// Whether the mark is single (‘ ’ ' ‚ ‹ ›): a quote mark only where `QuoteFinder` says so.
    var isSingle: Bool {
        switch self {
        case .straightSingle, .leftSingle, .rightSingle, .lowSingle, .leftSingleGuillemet, .rightSingleGuillemet:
            return true
        default:
            return false
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
        case .leftWhiteCorner: return self == .rightWhiteCorner
        case .rightCorner, .rightWhiteCorner: return false
        case .straightSingle, .leftSingle: return self == .straightSingle || self == .rightSingle
        case .rightSingle: return false
        case .lowSingle: return self == .leftSingle || self == .rightSingle || self == .straightSingle
        case .leftSingleGuillemet: return self == .rightSingleGuillemet
        case .rightSingleGuillemet: return self == .leftSingleGuillemet
        }
    }

    /// Whether this mark may open a quotation at all (’ is an apostrophe or a closing mark).
    var opens: Bool { self != .rightCorner && self != .rightWhiteCorner && self != .rightSingle }

    /// Whether a quotation this mark opens holds `inner` as the mark of a quote nested in it:
    /// “…” and "…" inside «…» (Spanish, French, Russian), «…» inside „…” (Polish) or “…”,
    /// 『…』 inside 「…」.
    func nests(_ inner: QuoteMark) -> Bool {
        switch self {
        case .leftGuillemet, .rightGuillemet:
            return inner == .straight || inner == .leftDouble || inner == .rightDouble || inner == .lowDouble
        case .lowDouble, .straight, .leftDouble, .rightDouble:
            return inner == .leftGuillemet || inner == .rightGuillemet
        case .leftCorner:
            return inner == .leftWhiteCorner || inner == .rightWhiteCorner
        default:
            return false
        }
    }

    /// Whether the mark is written with a space on its inner side (French « … »).
    var allowsInnerSpace: Bool { self == .leftGuillemet || self == .rightGuillemet }
}
