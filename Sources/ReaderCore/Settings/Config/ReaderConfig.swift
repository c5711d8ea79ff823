import ArchiveStore
import TOMLKit

/// The user's `config.toml`: the theme to start with, key bindings, list columns, date
/// format and wrap width. Anything not set keeps its default.
public struct ReaderConfig: Hashable, Sendable {
    /// The theme named by `theme`, if any.
    public var theme: String?
    /// The line of `theme`, for reporting a theme that does not exist.
    public var themeLine: Int?
    /// The default keymap with the `[keys]` table applied.
    public var keymap: Keymap
    public var preferences: ReaderPreferences
    /// Keys `[keys]` gives an action while another action has them too, by default or
    /// earlier in the table, each at its line: the key does only the later action, which is
    /// seldom what was meant, so the reader and `config --check` say so.
    public var keyConflicts: [ConfigFileError] = []

    /// The defaults: no theme chosen, the standard keys and preferences.
    public init() {
        theme = nil
        themeLine = nil
        keymap = .standard
        preferences = ReaderPreferences()
    }

    /// The narrowest wrap width `wrap_width` accepts (0 means no limit).
    public static let minimumWrapWidth = 20

    /// Reads a config file; every mistake is an error with the file and line.
    ///
    /// `[keys]` maps an action's config name to its keys (a name or an array of names); the
    /// action loses its default keys, and a key another action had moves to this one;
    /// `"none"` or `[]` leaves the action unbound.
    public init(text: String, file: String) throws(ConfigFileError) {
        self.init()
        let toml = try TOMLFile(text: text, file: file)
        for key in toml.keys(of: toml.root, at: []) {
            guard let value = toml.root[key] else { continue }
            switch key {
            case "theme":
                theme = try toml.string(value, at: [key])
                themeLine = toml.line(of: [key])
            case "copy_command":
                let command = try toml.string(value, at: [key])
                preferences.copyCommand = command.isEmpty ? nil : command
            case "wrap_width":
                let width = try toml.integer(value, at: [key])
                guard width == 0 || width >= ReaderConfig.minimumWrapWidth else {
                    throw toml.error(
                        .badValue(
                            key: key, value: String(width),
                            allowed: "0 for no limit, or at least \(ReaderConfig.minimumWrapWidth)"),
                        at: [key])
                }
                preferences.wrapWidth = width == 0 ? nil : width
            case "keys":
                try readKeys(try toml.table(value, at: [key]), in: toml)
            case "list":
                try readList(try toml.table(value, at: [key]), in: toml)
            case "layout":
                try readLayout(try toml.table(value, at: [key]), in: toml)
            case "views":
                try readViews(try toml.table(value, at: [key]), in: toml)
            default:
                throw toml.error(.unknownSetting(key), at: [key])
            }
        }
    }

    private mutating func readKeys(_ table: TOMLTable, in toml: TOMLFile) throws(ConfigFileError) {
        var assigned: [(action: Action, keys: [Key], path: [String])] = []
        for name in toml.keys(of: table, at: ["keys"]) {
            guard let value = table[name] else { continue }
            let path = ["keys", name]
            guard let action = Action(rawValue: name) else { throw toml.error(.unknownAction(name), at: path) }
            let keyNames = try toml.strings(value, at: path).filter { $0 != "none" && !$0.isEmpty }
            var keys: [Key] = []
            for keyName in keyNames {
                guard let key = Key(name: keyName) else {
                    throw toml.error(.unknownKeyName(keyName), at: path, value: keyName)
                }
                keys.append(key)
            }
            keymap.unbindAll(of: action)
            for key in keys { keymap.bind(key, to: action) }
            assigned.append((action, keys, path))
        }
        let configured = Set(assigned.map(\.action))
        for (index, entry) in assigned.enumerated() {
            for key in entry.keys {
                // The action that had the key before: an earlier entry of the table, else the
                // default, unless the table rebinds that action too.
                let earlier = assigned[..<index].last { $0.action != entry.action && $0.keys.contains(key) }?.action
                let standard = Keymap.standard.action(for: key).flatMap { configured.contains($0) ? nil : $0 }
                guard let previous = earlier ?? standard, previous != entry.action else { continue }
                keyConflicts.append(
                    toml.error(
                        .keyTaken(key: key.name, action: previous.configName, now: entry.action.configName),
                        at: entry.path))
            }
        }
    }

    /// `[views.NAME]` tables, each with one `filter` expression (`ArticleFilter`).
    private mutating func readViews(_ table: TOMLTable, in toml: TOMLFile) throws(ConfigFileError) {
        for name in toml.keys(of: table, at: ["views"]) {
            guard let value = table[name] else { continue }
            let view = try toml.table(value, at: ["views", name])
            for setting in toml.keys(of: view, at: ["views", name]) where setting != "filter" {
                throw toml.error(.unknownSetting("views.\(name).\(setting)"), at: ["views", name, setting])
            }
            let path = ["views", name, "filter"]
            guard let expression = view["filter"] else { throw toml.error(.unknownSetting("views.\(name)"), at: path) }
            let text = try toml.string(expression, at: path)
            do throws(ArticleFilterError) {
                preferences.views.append(NamedView(name: name, filter: try ArticleFilter(parsing: text)))
            } catch {
                throw toml.error(
                    .badValue(key: "views.\(name).filter", value: text, allowed: error.description), at: path)
            }
        }
    }

    private mutating func readLayout(_ table: TOMLTable, in toml: TOMLFile) throws(ConfigFileError) {
        for name in toml.keys(of: table, at: ["layout"]) {
            guard let value = table[name] else { continue }
            let path = ["layout", name]
            guard name == "list_width" else { throw toml.error(.unknownSetting("layout." + name), at: path) }
            let width = try toml.integer(value, at: path)
            guard width == 0 || width >= PaneLayout.minimumListWidth else {
                throw toml.error(
                    .badValue(
                        key: name, value: String(width),
                        allowed: "0 for two fifths of the terminal, or at least \(PaneLayout.minimumListWidth)"),
                    at: path)
            }
            preferences.listWidth = width == 0 ? nil : width
        }
    }

    private mutating func readList(_ table: TOMLTable, in toml: TOMLFile) throws(ConfigFileError) {
        for name in toml.keys(of: table, at: ["list"]) {
            guard let value = table[name] else { continue }
            let path = ["list", name]
            switch name {
            case "columns":
                var columns: [ListColumn] = []
                for columnName in try toml.strings(value, at: path) {
                    guard let column = ListColumn(rawValue: columnName) else {
                        let allowed = "columns: " + ListColumn.allCases.map(\.rawValue).joined(separator: ", ")
                        throw toml.error(
                            .badValue(key: name, value: columnName, allowed: allowed), at: path, value: columnName)
                    }
                    columns.append(column)
                }
                preferences.listColumns = columns
            case "date_format":
                let pattern = try toml.string(value, at: path)
                guard let format = DateFormat(pattern: pattern) else {
                    let allowed = "fields: " + DateFormat.fields.map { "%" + String($0) }.joined(separator: " ")
                    throw toml.error(.badValue(key: name, value: pattern, allowed: allowed), at: path)
                }
                preferences.dateFormat = format
            default:
                throw toml.error(.unknownSetting("list." + name), at: path)
            }
        }
    }
}
