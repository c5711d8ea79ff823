/// A mistake in a theme file or `config.toml`, with the file and line it is on.
///
/// All user-facing wording of theme and config problems lives in `description`:
/// `themes/solar.toml:12: unknown role 'quot'`.
public struct ConfigFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Hashable, Sendable {
        /// The file is not valid TOML; the text is the TOML parser's own.
        case syntax(String)
        /// The file cannot be read.
        case unreadable
        /// A theme names a role that does not exist.
        case unknownRole(String)
        /// A role table has a field other than `fg`, `bg` and `attributes`.
        case unknownStyleField(String)
        /// A colour that is not a colour name, `default`, 0–255 or `#rrggbb`.
        case badColor(String)
        /// An attribute other than bold, dim, italic, underline and reverse.
        case unknownAttribute(String)
        /// `[keys]` names an action that does not exist.
        case unknownAction(String)
        /// A key name the reader does not know.
        case unknownKeyName(String)
        /// A setting `config.toml` does not have.
        case unknownSetting(String)
        /// A value of the wrong kind, with what was expected ("a string", "an array of strings").
        case wrongType(key: String, expected: String)
        /// `[keys]` gives an action (`now`) a key another action has too.
        case keyTaken(key: String, action: String, now: String)
        /// A value of the right kind out of its allowed range or set.
        case badValue(key: String, value: String, allowed: String)
        /// No bundled or user theme of that name, and no such file.
        case unknownTheme(String)
        /// Themes that inherit from each other in a circle, in the order followed.
        case inheritanceCycle([String])
    }

    /// The file, as the user named it or as found; `nil` when the problem is not in a file
    /// (a theme name that matches no theme).
    public var file: String?
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    public var problem: Problem

    public init(file: String?, line: Int?, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `FILE:LINE: problem`, `FILE: problem` when no line applies, or just the problem.
    public var description: String {
        guard let file else { return wording }
        return (line.map { "\(file):\($0)" } ?? file) + ": " + wording
    }

    private var wording: String {
        switch problem {
        case .syntax(let message): return message
        case .unreadable: return "cannot read the file"
        case .unknownRole(let name): return "unknown role '\(name)'"
        case .unknownStyleField(let name): return "unknown field '\(name)' (a role takes fg, bg and attributes)"
        case .badColor(let value):
            return "bad colour '\(value)' (use a colour name, default, 0-255 or #rrggbb)"
        case .unknownAttribute(let name):
            return "unknown attribute '\(name)' (use \(TextAttributes.named.map(\.name).joined(separator: ", ")))"
        case .unknownAction(let name): return "unknown action '\(name)'"
        case .unknownKeyName(let name): return "unknown key '\(name)'"
        case .unknownSetting(let name): return "unknown setting '\(name)'"
        case .wrongType(let key, let expected): return "'\(key)' must be \(expected)"
        case .badValue(let key, let value, let allowed): return "'\(key)' cannot be '\(value)' (\(allowed))"
        case .keyTaken(let key, let action, let now): return "'\(key)' is already \(action); it now does \(now) only"
        case .unknownTheme(let name): return "no theme named '\(name)' (dateline themes lists them)"
        case .inheritanceCycle(let names): return "themes inherit in a circle: " + names.joined(separator: " -> ")
        }
    }
}
