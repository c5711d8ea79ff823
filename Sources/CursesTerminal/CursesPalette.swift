import CNCurses
import ReaderCore

/// The ncurses attributes of every role of a theme: one colour pair per role, allocated
/// once when the palette is made (again only when the theme changes).
struct CursesPalette {
    /// Attributes and colour pair of each role, indexed like `Role.allCases`.
    private let looks: [(attributes: attr_t, pair: Int16)]

    /// Allocates the pairs of `theme` for a terminal of `depth` and works out each role's
    /// attributes; a monochrome terminal gets attributes only.
    init(theme: Theme, depth: ColorDepth) {
        var colors = CursesColorNumbers(depth: depth, colors: Int(dl_colors()))
        looks = Role.allCases.enumerated().map { index, role in
            let style = theme.style(for: role)
            var attributes = dl_a_normal()
            for (_, attribute) in TextAttributes.named where style.attributes.contains(attribute) {
                attributes |= CursesPalette.attribute(attribute)
            }
            guard depth != .monochrome else { return (attributes, 0) }
            let pair = Int32(index + 1)
            init_extended_pair(pair, colors.number(for: style.foreground), colors.number(for: style.background))
            return (attributes, Int16(pair))
        }
    }

    /// The attributes and pair of `role`.
    func look(of role: Role) -> (attributes: attr_t, pair: Int16) {
        looks[CursesPalette.roleIndex[role]!]
    }

    private static let roleIndex: [Role: Int] = Dictionary(
        uniqueKeysWithValues: Role.allCases.enumerated().map { ($1, $0) })

    private static func attribute(_ attribute: TextAttributes) -> attr_t {
        switch attribute {
        case .bold: return dl_a_bold()
        case .dim: return dl_a_dim()
        case .italic: return dl_a_italic()
        case .underline: return dl_a_underline()
        case .reverse: return dl_a_reverse()
        default: return dl_a_normal()
        }
    }
}
