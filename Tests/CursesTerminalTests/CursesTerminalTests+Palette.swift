import CNCurses
import Foundation
import ReaderCore
import Testing

@testable import CursesTerminal

/// The colour pairs the adapter allocates per role, at each colour depth, read back from
/// real ncurses running headlessly. ncurses is one global state, so these tests belong to
/// the serialized `CursesTerminalTests` suite.
extension CursesTerminalTests {
    private func headlessTerminal(_ term: String, theme: Theme, environment: [String: String] = [:]) throws
        -> CursesTerminal
    {
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        var env = ["TERM": term]
        env.merge(environment) { _, new in new }
        return try CursesTerminal(
            theme: theme, term: term, output: output, input: input, environment: env, handleSignals: false)
    }

    /// The colour numbers of `role`'s pair (one pair per role, numbered in `Role.allCases` order).
    private func pairColors(of role: Role) -> (foreground: Int32, background: Int32) {
        let pair = Int32(Role.allCases.firstIndex(of: role)! + 1)
        var foreground: Int32 = 0
        var background: Int32 = 0
        extended_pair_content(pair, &foreground, &background)
        return (foreground, background)
    }

    /// The RGB of colour `number` on ncurses' 0–1000 scale.
    private func rgb(of number: Int32) -> [Int32] {
        var (red, green, blue): (Int32, Int32, Int32) = (0, 0, 0)
        extended_color_content(number, &red, &green, &blue)
        return [red, green, blue]
    }

    @Test("256 colours: one pair per role with the theme's colours; apply re-allocates them")
    func palette256() throws {
        let terminal = try headlessTerminal("xterm-256color", theme: .defaultDark)
        defer { terminal.close() }
        #expect(terminal.colorDepth == .palette256)
        #expect(pairColors(of: .quote) == (3, -1))
        #expect(pairColors(of: .searchMatch) == (0, 6))
        terminal.apply(try ThemeCatalog.bundled.theme(named: "light"))
        #expect(pairColors(of: .quote) == (4, -1))
        #expect(pairColors(of: .listItem) == (244, -1))
        terminal.apply(try ThemeCatalog.bundled.theme(named: "dusk"))
        #expect(pairColors(of: .text) == (254, 237))
    }

    @Test("truecolour on a terminal that can redefine colours: each RGB colour gets its own slot")
    func truecolor() throws {
        let dusk = try ThemeCatalog.bundled.theme(named: "dusk")
        let terminal = try headlessTerminal("xterm-256color", theme: dusk, environment: ["COLORTERM": "truecolor"])
        defer { terminal.close() }
        #expect(terminal.colorDepth == .truecolor)
        let text = pairColors(of: .text)
        #expect(text.foreground >= 16 && text.background >= 16 && text.foreground != text.background)
        #expect(rgb(of: text.foreground) == [0xd8, 0xde, 0xe9].map { Int32($0) * 1_000 / 255 })
        #expect(rgb(of: text.background) == [0x2e, 0x34, 0x40].map { Int32($0) * 1_000 / 255 })
        #expect(pairColors(of: .title).background == text.background)
        #expect(pairColors(of: .quote).foreground != text.foreground)
        // A theme with palette colours, applied after: its numbers get their xterm values back.
        terminal.apply(try ThemeCatalog.bundled.theme(named: "light"))
        let listItem = pairColors(of: .listItem).foreground
        #expect(rgb(of: listItem) == [128, 128, 128].map { Int32($0) * 1_000 / 255 })
        #expect(pairColors(of: .quote).foreground == 4)
    }

    @Test("eight colours: the nearest of the eight")
    func eight() throws {
        let terminal = try headlessTerminal("xterm", theme: try ThemeCatalog.bundled.theme(named: "high-contrast"))
        defer { terminal.close() }
        #expect(terminal.colorDepth == .eight)
        #expect(pairColors(of: .quote) == (3, 0))
        #expect(pairColors(of: .speaker) == (6, 0))
    }
}
