import Foundation

extension Theme {
    /// The bundled `default` theme (dark background), parsed from its embedded file.
    /// `BundledThemeTests` checks that every bundled theme loads.
    public static let defaultDark = bundled(named: "default")

    /// The bundled `mono` theme: attributes only, for `NO_COLOR` and monochrome terminals.
    public static let mono = bundled(named: "mono")

    /// The bundled theme `name`, read from its embedded file the first time it is asked for.
    static func bundled(named name: String) -> Theme {
        BundledThemeCache.shared.theme(named: name)
    }
}

/// The bundled themes read so far, each read once per process.
private final class BundledThemeCache: @unchecked Sendable {
    static let shared = BundledThemeCache()

    private let lock = NSLock()
    // Guarded by `lock`.
    private var themes: [String: Theme] = [:]

    func theme(named name: String) -> Theme {
        lock.lock()
        defer { lock.unlock() }
        if let theme = themes[name] { return theme }
        do {
            let theme = try ThemeCatalog.bundled.resolvedTheme(named: name)
            themes[name] = theme
            return theme
        } catch {
            preconditionFailure("bundled theme \(name) does not load: \(error)")
        }
    }
}
