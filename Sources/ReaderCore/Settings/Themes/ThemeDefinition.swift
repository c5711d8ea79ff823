import TOMLKit

/// One theme file as written: its own role styles and the theme it inherits from, before
/// inheritance and fallbacks are applied (`ThemeCatalog` does that).
public struct ThemeDefinition: Hashable, Sendable {
    /// The theme's name: the file name without `.toml`.
    public var name: String
    /// The one-line description `dateline themes` shows.
    public var description: String
    /// The theme this one inherits from, if any.
    public var parent: String?
    /// The line of `inherit`, for errors about the parent.
    public var parentLine: Int?
    /// The roles the file mentions.
    public var specs: [Role: StyleSpec]
    /// The file, for error messages.
    public var file: String

    /// Reads a theme file: top-level `description` and `inherit`, and a table per role with
    /// `fg`, `bg` and `attributes`. Every mistake is an error with the file and line.
    ///
    /// The file is read in TOMLKit's order of keys first, which needs no key's line; a file
    /// with a mistake is read again in its own order, so that the first mistake in the file is
    /// the one reported.
    public init(name: String, text: String, file: String) throws(ConfigFileError) {
        do {
            try self.init(name: name, toml: TOMLFile(text: text, file: file, inFileOrder: false))
        } catch {
            try self.init(name: name, toml: TOMLFile(text: text, file: file, inFileOrder: true))
        }
    }

    /// Reads the theme of `toml`, its keys in the order `toml` gives them.
    private init(name: String, toml: TOMLFile) throws(ConfigFileError) {
        self.name = name
        self.file = toml.file
        description = ""
        parent = nil
        parentLine = nil
        specs = [:]
        for key in toml.keys(of: toml.root, at: []) {
            guard let value = toml.root[key] else { continue }
            switch key {
            case "description":
                description = try toml.string(value, at: [key])
            case "inherit":
                parent = try toml.string(value, at: [key])
                parentLine = toml.line(of: [key])
            default:
                guard let role = Role(rawValue: key) else { throw toml.error(.unknownRole(key), at: [key]) }
                specs[role] = try ThemeDefinition.spec(try toml.table(value, at: [key]), at: [key], in: toml)
            }
        }
    }

    /// The style spec of one role table.
    private static func spec(_ table: TOMLTable, at path: [String], in toml: TOMLFile) throws(ConfigFileError)
        -> StyleSpec
    {
        var spec = StyleSpec()
        for key in toml.keys(of: table, at: path) {
            guard let value = table[key] else { continue }
            let keyPath = path + [key]
            switch key {
            case "fg": spec.foreground = try color(value, at: keyPath, in: toml)
            case "bg": spec.background = try color(value, at: keyPath, in: toml)
            case "attributes":
                var attributes: TextAttributes = []
                for name in try toml.strings(value, at: keyPath) {
                    guard let named = TextAttributes.named.first(where: { $0.name == name.lowercased() }) else {
                        throw toml.error(.unknownAttribute(name), at: keyPath, value: name)
                    }
                    attributes.insert(named.attribute)
                }
                spec.attributes = attributes
            default:
                throw toml.error(.unknownStyleField(key), at: keyPath)
            }
        }
        return spec
    }

    /// A colour value: a name, `default` or `#rrggbb` string, or a number 0–255.
    private static func color(_ value: any TOMLValueConvertible, at path: [String], in toml: TOMLFile)
        throws(ConfigFileError) -> TerminalColor
    {
        if let number = value.int {
            guard let color = TerminalColor(themeNumber: number) else {
                throw toml.error(.badColor(String(number)), at: path)
            }
            return color
        }
        guard let text = value.string else { throw toml.error(.badColor(value.debugDescription), at: path) }
        guard let color = TerminalColor(themeName: text) else { throw toml.error(.badColor(text), at: path) }
        return color
    }
}
