extension Theme {
    /// The bundled `default` theme (dark background), parsed from its embedded file.
    /// `BundledThemeTests` checks that every bundled theme loads.
    public static let defaultDark = bundled("default")

    /// The bundled `mono` theme: attributes only, for `NO_COLOR` and monochrome terminals.
    public static let mono = bundled("mono")

    private static func bundled(_ name: String) -> Theme {
        do {
            return try ThemeCatalog.bundled.theme(named: name)
        } catch {
            preconditionFailure("bundled theme \(name) does not load: \(error)")
        }
    }
}
