import BundledThemes

/// The themes Dateline knows: the bundled ones and the user's, by name; turns a theme
/// file into a complete `Theme` by following `inherit` and the roles' fallbacks.
public struct ThemeCatalog: Sendable {
    /// One known theme file.
    public struct Entry: Sendable {
        public var name: String
        /// The file's text, or why it could not be read (unreadable, too large).
        public var text: Result<String, ConfigFileError>
        /// Where it came from: `bundled:NAME.toml` or the user file's path.
        public var file: String
        public var isBundled: Bool

        /// An entry whose text was read, or failed to be read, as `text` says.
        public init(name: String, text: Result<String, ConfigFileError>, file: String, isBundled: Bool) {
            self.name = name
            self.text = text
            self.file = file
            self.isBundled = isBundled
        }

        /// An entry of `text`, or of a file that cannot be read when `nil`.
        public init(name: String, text: String?, file: String, isBundled: Bool) {
            let unreadable = ConfigFileError(file: file, line: nil, problem: .unreadable)
            self.init(
                name: name, text: text.map { .success($0) } ?? .failure(unreadable), file: file, isBundled: isBundled)
        }
    }

    /// The bundled themes in their order, then the user's by name. A user theme with a
    /// bundled theme's name replaces it.
    public private(set) var entries: [Entry]

    /// The bundled themes plus `userThemes` (read by the caller from the user's theme folder).
    public init(userThemes: [Entry] = []) {
        var entries = BundledThemeFiles.all.map {
            Entry(name: $0.name, text: $0.text, file: "bundled:\($0.name).toml", isBundled: true)
        }
        for user in userThemes.sorted(by: { $0.name < $1.name }) {
            if let index = entries.firstIndex(where: { $0.name == user.name }) {
                entries[index] = user
            } else {
                entries.append(user)
            }
        }
        self.entries = entries
    }

    /// The bundled themes only.
    public static let bundled = ThemeCatalog()

    /// The names of every theme, in the catalog's order.
    public var names: [String] { entries.map(\.name) }

    /// The theme file called `name`, read.
    public func definition(named name: String) throws(ConfigFileError) -> ThemeDefinition {
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw ConfigFileError(file: nil, line: nil, problem: .unknownTheme(name))
        }
        let text = try entry.text.get()
        return try ThemeDefinition(name: entry.name, text: text, file: entry.file)
    }

    /// The complete theme called `name`; a bundled one, when no bundled theme has been replaced
    /// by a user's, read once per process (`Theme.bundled(named:)`).
    public func theme(named name: String) throws(ConfigFileError) -> Theme {
        if bundledThemesIntact, entries.contains(where: { $0.name == name && $0.isBundled }) {
            return Theme.bundled(named: name)
        }
        return try resolvedTheme(named: name)
    }

    /// The complete theme called `name`, read from its file.
    func resolvedTheme(named name: String) throws(ConfigFileError) -> Theme {
        try theme(from: definition(named: name))
    }

    /// Whether every bundled theme is in the catalog as bundled: then a bundled theme is the
    /// same in this catalog as in `bundled` (one of them inherits another, which a user's
    /// theme of that name would replace).
    var bundledThemesIntact: Bool {
        entries.count { $0.isBundled } == BundledThemeFiles.all.count
    }

    /// The complete theme of `definition`: its own role styles over those of the theme it
    /// inherits from; roles no theme of the chain states come from their fallback role.
    ///
    /// A role a theme states without a parent is exactly what it states (unstated fields are
    /// the terminal's defaults); with a parent, unstated fields are the parent's.
    public func theme(from definition: ThemeDefinition) throws(ConfigFileError) -> Theme {
        try resolve(definition, visited: [])
    }

    private func resolve(_ definition: ThemeDefinition, visited: [String]) throws(ConfigFileError) -> Theme {
        let chain = visited + [definition.name]
        var parentTheme: Theme?
        if let parentName = definition.parent {
            let line = definition.parentLine
            if chain.contains(parentName) {
                throw ConfigFileError(
                    file: definition.file, line: line, problem: .inheritanceCycle(chain + [parentName]))
            }
            guard entries.contains(where: { $0.name == parentName }) else {
                throw ConfigFileError(file: definition.file, line: line, problem: .unknownTheme(parentName))
            }
            parentTheme = try resolve(try self.definition(named: parentName), visited: chain)
        }
        var styles: [Role: Style] = [:]
        func style(of role: Role) -> Style {
            if let known = styles[role] { return known }
            let base: Style
            if let parentTheme {
                base = parentTheme.style(for: role)
            } else if definition.specs[role] != nil {
                base = .plain
            } else if let fallback = role.fallback {
                var derived = style(of: fallback.role)
                derived.attributes.formUnion(fallback.adding)
                base = derived
            } else {
                base = .plain
            }
            let resolved = definition.specs[role]?.applied(to: base) ?? base
            styles[role] = resolved
            return resolved
        }
        for role in Role.allCases { _ = style(of: role) }
        return Theme(name: definition.name, styles: styles)
    }

}

extension ThemeCatalog {
    /// The themes for `t` to cycle through, starting at `chosen`: every theme of the catalog
    /// that loads, with `chosen` in its catalog place (or first, when it comes from a file
    /// outside the catalog). Themes that do not load are left out and their errors returned.
    ///
    /// The user's themes are read now, so that their errors show at start; the bundled ones
    /// (when none is replaced) when the cycle reaches them, since they always load.
    public func cycle(startingAt chosen: Theme) -> (cycle: ThemeCycle, errors: [ConfigFileError]) {
        var slots: [ThemeCycle.Slot] = []
        var errors: [ConfigFileError] = []
        let intact = bundledThemesIntact
        for entry in entries {
            if entry.name == chosen.name {
                slots.append(.theme(chosen))
                continue
            }
            if intact, entry.isBundled {
                slots.append(.bundled(entry.name))
                continue
            }
            do {
                slots.append(.theme(try theme(named: entry.name)))
            } catch {
                errors.append(error)
            }
        }
        if !slots.contains(.theme(chosen)) { slots.insert(.theme(chosen), at: 0) }
        return (ThemeCycle(slots: slots, start: slots.firstIndex(of: .theme(chosen)) ?? 0), errors)
    }
}
