/// The theme files of `Themes/`, embedded in the binary so that an installed `dateline`
/// finds them without a resource bundle next to it.
public enum BundledThemeFiles {
    /// Every bundled theme as its name (the file name without `.toml`) and TOML text.
    /// `BundledThemeTests` checks that this list names every `.toml` file of the folder.
    public static let all: [(name: String, text: String)] = [
        ("default", String(decoding: PackageResources.default_toml, as: UTF8.self)),
        ("light", String(decoding: PackageResources.light_toml, as: UTF8.self)),
        ("high-contrast", String(decoding: PackageResources.high_contrast_toml, as: UTF8.self)),
        ("mono", String(decoding: PackageResources.mono_toml, as: UTF8.self)),
        ("dusk", String(decoding: PackageResources.dusk_toml, as: UTF8.self)),
    ]
}
