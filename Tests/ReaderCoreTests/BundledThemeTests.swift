import BundledThemes
import Foundation
import ReaderCore
import Testing

/// The themes of `Themes/`: all embedded, all loading, all telling quotes, speakers and
/// body text apart.
@Suite("Bundled themes")
struct BundledThemeTests {
    /// The `Themes/` folder of the repository.
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes")

    @Test("every .toml file of Themes/ is embedded, with the same text")
    func everyFileEmbedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: BundledThemeTests.folder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files.count >= 5)
        #expect(BundledThemeFiles.all.map { $0.name + ".toml" }.sorted() == files)
        for (name, text) in BundledThemeFiles.all {
            let onDisk = try String(
                contentsOf: BundledThemeTests.folder.appendingPathComponent(name + ".toml"), encoding: .utf8)
            #expect(text == onDisk, "\(name)")
        }
    }

    @Test("the issue's five themes are bundled")
    func expectedThemes() {
        for name in ["default", "light", "high-contrast", "mono"] {
            #expect(ThemeCatalog.bundled.names.contains(name))
        }
        #expect(ThemeCatalog.bundled.names.count >= 5)
    }

    @Test(
        "every bundled theme loads and gives quote, speaker and text distinct styles",
        arguments: ThemeCatalog.bundled.names)
    func distinctStyles(name: String) throws {
        let definition = try ThemeCatalog.bundled.definition(named: name)
        let theme = try ThemeCatalog.bundled.theme(from: definition)
        #expect(!definition.description.isEmpty)
        let quote = theme.style(for: .quote)
        let speaker = theme.style(for: .speaker)
        let text = theme.style(for: .text)
        #expect(quote != speaker && quote != text && speaker != text)
        // Without colour (a monochrome terminal) they must still differ by attributes.
        if name == "mono" {
            #expect(quote.attributes != speaker.attributes && quote.attributes != text.attributes)
            #expect(speaker.attributes != text.attributes)
        }
    }

    @Test("a theme without a parent states every role")
    func completeThemes() throws {
        for name in ThemeCatalog.bundled.names {
            let definition = try ThemeCatalog.bundled.definition(named: name)
            guard definition.parent == nil else { continue }
            #expect(Set(definition.specs.keys) == Set(Role.allCases), "\(name)")
        }
    }

    @Test("mono has no colours: quotes italic and underlined, speakers bold")
    func mono() {
        for role in Role.allCases {
            #expect(Theme.mono.style(for: role).foreground == .standard)
            #expect(Theme.mono.style(for: role).background == .standard)
        }
        #expect(Theme.mono.style(for: .quote).attributes.isSuperset(of: [.italic, .underline]))
        #expect(Theme.mono.style(for: .speaker).attributes.contains(.bold))
    }

    @Test("the default theme is the parsed default.toml")
    func defaultTheme() throws {
        #expect(Theme.defaultDark == (try ThemeCatalog.bundled.theme(named: "default")))
        #expect(Theme.defaultDark.style(for: .quote) == Style(foreground: .named(.yellow), attributes: .bold))
    }

    @Test("light draws quotes in another colour than default")
    func lightQuote() throws {
        let light = try ThemeCatalog.bundled.theme(named: "light")
        #expect(light.style(for: .quote).foreground != Theme.defaultDark.style(for: .quote).foreground)
    }
}
