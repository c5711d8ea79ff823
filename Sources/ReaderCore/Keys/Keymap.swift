/// Which key triggers which action: the defaults of the action table, overridable.
public struct Keymap: Hashable, Sendable {
    /// The bindings, key to action.
    public private(set) var bindings: [Key: Action]

    /// A keymap with no bindings.
    public init() {
        bindings = [:]
    }

    /// The default bindings of every action in the `Action` table.
    public static let standard: Keymap = {
        var keymap = Keymap()
        for action in Action.allCases {
            for name in action.declaration.keys {
                guard let key = Key(name: name) else { preconditionFailure("bad key name \(name) for \(action)") }
                keymap.bind(key, to: action)
            }
        }
        return keymap
    }()

    /// The action `key` triggers, if any.
    public func action(for key: Key) -> Action? {
        bindings[key]
    }

    /// Makes `key` trigger `action`, replacing what it did before.
    public mutating func bind(_ key: Key, to action: Action) {
        bindings[key] = action
    }

    /// Unbinds every key of `action`.
    public mutating func unbindAll(of action: Action) {
        bindings = bindings.filter { $0.value != action }
    }

    /// The keys bound to `action`, in the table's order first, then any others by name.
    public func keys(for action: Action) -> [Key] {
        let declared = action.declaration.keys.compactMap(Key.init(name:)).filter { bindings[$0] == action }
        let others = bindings.filter { $0.value == action && !declared.contains($0.key) }.map(\.key)
        return declared + others.sorted { $0.name < $1.name }
    }
}
