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

    /// A role as a terminal of `depth` shows it.
    private struct Look: Hashable {
        var foreground: DeviceColor?
        var background: DeviceColor?
        var attributes: TextAttributes

        init(_ style: Style, depth: ColorDepth) {
            foreground = style.foreground.device(for: depth)
            background = style.background.device(for: depth)
            attributes = style.attributes
        }
    }

    @Test(
        "no bundled theme draws black or white on the terminal's own background, which may be either",
        arguments: ThemeCatalog.bundled.names)
    func readableOnAnyBackground(name: String) throws {
        let theme = try ThemeCatalog.bundled.theme(named: name)
        for role in Role.allCases {
            let style = theme.style(for: role)
            guard style.background == .standard, !style.attributes.contains(.reverse) else { continue }
            let foreground = style.foreground.device(for: .sixteen)
            #expect(![.index(0), .index(7), .index(15)].contains(foreground), "\(name): \(role)")
        }
    }

    @Test(
        "every bundled theme keeps the article's roles apart, and readable, at 16 and at 8 colours",
        arguments: ThemeCatalog.bundled.names)
    func distinctAtFewColours(name: String) throws {
        let theme = try ThemeCatalog.bundled.theme(named: name)
        let roles: [Role] = [
            .text, .title, .byline, .quote, .quoteCurrent, .quoteFocus, .speaker, .cue, .searchMatch, .searchCurrent,
        ]
        for depth in [ColorDepth.sixteen, .eight] {
            let looks = roles.map { Look(theme.style(for: $0), depth: depth) }
            for (index, look) in looks.enumerated() {
                #expect(
                    look.foreground == nil || look.foreground != look.background, "\(name) \(depth): \(roles[index])")
                for other in looks.indices where other > index {
                    #expect(look != looks[other], "\(name) \(depth): \(roles[index]) and \(roles[other])")
                }
            }
        }
    }
}
