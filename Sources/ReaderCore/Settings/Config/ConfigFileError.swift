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
        /// The file is larger than `limit` bytes (`maximumFileBytes`).
        case tooLarge(limit: Int)
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

    /// The largest theme or config file Dateline reads (1 MB): its own are a few KB, and the
    /// TOML parsers hold the whole text and its tables in memory.
    public static let maximumFileBytes = 1 << 20

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

    /// The longest name or value an error repeats from the file; a longer one is cut with `…`.
    static let maximumEchoed = 60

    private var wording: String {
        switch problem {
        case .syntax(let message): return Self.clipped(message, to: 4 * Self.maximumEchoed)
        case .unreadable: return "cannot read the file"
        case .tooLarge(let limit):
            return "the file is over \(limit >> 20) MB, more than a settings or theme file may be"
        case .unknownRole(let name): return "unknown role '\(Self.clipped(name))'"
        case .unknownStyleField(let name):
            return "unknown field '\(Self.clipped(name))' (a role takes fg, bg and attributes)"
        case .badColor(let value):
            return "bad colour '\(Self.clipped(value))' (use a colour name, default, 0-255 or #rrggbb)"
        case .unknownAttribute(let name):
            return
                "unknown attribute '\(Self.clipped(name))' (use \(TextAttributes.named.map(\.name).joined(separator: ", ")))"
        case .unknownAction(let name): return "unknown action '\(Self.clipped(name))'"
        case .unknownKeyName(let name): return "unknown key '\(Self.clipped(name))'"
        case .unknownSetting(let name): return "unknown setting '\(Self.clipped(name))'"
        case .wrongType(let key, let expected): return "'\(Self.clipped(key))' must be \(expected)"
        case .badValue(let key, let value, let allowed):
            return "'\(Self.clipped(key))' cannot be '\(Self.clipped(value))' (\(allowed))"
        case .keyTaken(let key, let action, let now):
            return "'\(Self.clipped(key))' is already \(action); it now does \(now) only"
        case .unknownTheme(let name): return "no theme named '\(Self.clipped(name))' (dateline themes lists them)"
        case .inheritanceCycle(let names):
            return "themes inherit in a circle: " + names.map { Self.clipped($0) }.joined(separator: " -> ")
        }
    }

    /// `text` cut to `limit` characters, so that a 10 MB key never fills the terminal.
    static func clipped(_ text: String, to limit: Int = maximumEchoed) -> String {
        text.count <= limit ? text : text.prefix(limit) + "…"
    }
}
