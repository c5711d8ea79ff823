extension Key {
    /// Names of the keys that are not printable characters, as the action table and
    /// `config.toml` write them.
    static let specialNames: [(name: String, key: Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PageUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end),
        ("Enter", .enter), ("Tab", .tab), ("BackTab", .backTab), ("Esc", .escape),
        ("Backspace", .backspace), ("Space", .character(" ")),
    ]

    /// The key a name stands for: a single character (`j`, `]`), `C-d` for Ctrl-D, `F1`,
    /// or a special name (`Down`, `PageUp`, `Space`, `Esc`...); `nil` for an unknown name.
    public init?(name: String) {
        if let special = Key.specialNames.first(where: { $0.name.lowercased() == name.lowercased() }) {
            self = special.key
        } else if name.count == 1, let character = name.first {
            self = .character(character)
        } else if name.count == 3, name.hasPrefix("C-"), let letter = name.last, letter.isLetter {
            self = .control(Character(letter.lowercased()))
        } else if name.count > 1, name.first == "F", let number = Int(name.dropFirst()), (1...24).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }

    /// The key's name, as `init(name:)` reads it and the help overlay shows it.
    public var name: String {
        if let special = Key.specialNames.first(where: { $0.key == self }) { return special.name }
        switch self {
        case .character(let character):
            return String(character)
        case .control(let letter):
            return "C-" + String(letter)
        case .function(let number):
            return "F\(number)"
        default:
            return "?"
        }
    }
}
