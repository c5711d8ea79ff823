import CNCurses
import Foundation
import ReaderCore
import Testing

@testable import CursesTerminal

/// Real ncurses, run headlessly on /dev/null: what the adapter paints into curses' screen.
@Suite("Curses terminal", .serialized)
struct CursesTerminalTests {
    /// A terminal of type `term` writing to /dev/null and reading an empty input.
    private func headless(_ term: String, allowColor: Bool = true) throws -> CursesTerminal {
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        return try CursesTerminal(
            theme: .defaultDark, term: term, output: output, input: input,
            environment: allowColor ? ["TERM": term] : ["TERM": term, "NO_COLOR": "1"], handleSignals: false)
    }

    /// The character, attributes and colour pair curses holds at a position.
    private func cell(row: Int32, column: Int32) -> (text: String, attributes: attr_t, pair: Int16) {
        var stored = cchar_t()
        mvwin_wch(dl_stdscr(), row, column, &stored)
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&stored, &characters, &attributes, &pair, nil)
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    /// A screen with a quote, body text and a wide character on its first row.
    private func sampleScreen(width: Int, height: Int, quote: String = "\u{201C}Hi\u{201D}") -> Screen {
        var screen = Screen(width: width, height: height)
        var column = screen.write(quote, role: .quote, row: 0, column: 0, limit: width)
        column = screen.write(" said ", role: .cue, row: 0, column: column, limit: width)
        screen.write("東x", role: .text, row: 0, column: column, limit: width)
        return screen
    }

    @Test("roles become distinct colour pairs and attributes on a colour terminal")
    func colours() throws {
        let terminal = try headless("xterm-256color")
        defer { terminal.close() }
        let size = terminal.size
        #expect(size.width > 10 && size.height > 2)
        terminal.paint(sampleScreen(width: size.width, height: size.height))
        let quote = cell(row: 0, column: 0)
        let cue = cell(row: 0, column: 5)
        let wide = cell(row: 0, column: 10)
        let body = cell(row: 0, column: 12)
        #expect(quote.text == "\u{201C}")
        #expect(quote.attributes & dl_a_bold() != 0)
        #expect(cue.text == "s")
        #expect(wide.text == "東")
        #expect(body.text == "x")
        #expect(Set([quote.pair, cue.pair, body.pair]).count == 3)
        #expect(quote.pair != 0)
    }

    @Test("only changed cells are repainted, and the result matches the new screen")
    func diffPaint() throws {
        let terminal = try headless("xterm-256color")
        defer { terminal.close() }
        let size = terminal.size
        terminal.paint(sampleScreen(width: size.width, height: size.height))
        terminal.paint(sampleScreen(width: size.width, height: size.height, quote: "\u{201C}Ho\u{201D}"))
        #expect(cell(row: 0, column: 2).text == "o")
        #expect(cell(row: 0, column: 10).text == "東")
    }

    @Test("an emoji ZWJ sequence is drawn whole in one cell, a cluster too long for a cell as its first emoji")
    func zeroWidthJoinerSequences() throws {
        let terminal = try headless("xterm-256color")
        defer { terminal.close() }
        let size = terminal.size
        var screen = Screen(width: size.width, height: size.height)
        screen.write("a\u{1F469}\u{200D}\u{1F680}b", role: .text, row: 0, column: 0, limit: size.width)
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
        screen.write(family + "c", role: .text, row: 1, column: 0, limit: size.width)
        terminal.paint(screen)
        #expect(cell(row: 0, column: 1).text == "\u{1F469}\u{200D}\u{1F680}")
        #expect(cell(row: 0, column: 3).text == "b")
        #expect(cell(row: 1, column: 0).text == "\u{1F468}")
        #expect(cell(row: 1, column: 2).text == "c")
    }

    @Test("a cell holds every scalar of its cluster, or the first of one too long, and curses' width of the first")
    func clusterCells() {
        let characters: [Character] = [
            "a", " ", "~", "\u{7}", "é", "e\u{301}", "東", "\u{1F469}\u{200D}\u{1F680}",
            "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}", "\r\n", "\u{1F3DB}\u{FE0F}",
        ]
        for character in characters {
            let scalars = character.unicodeScalars.map { wchar_t($0.value) }
            let expected = scalars.count <= Int(CCHARW_MAX) ? scalars : [scalars[0]]
            let cluster = CursesCluster(character)
            var cchar = cluster.cchar(attributes: 0, pair: 0)
            let stored = withUnsafeBytes(of: &cchar.chars) { Array($0.bindMemory(to: wchar_t.self)) }
            #expect(Array(stored.prefix { $0 != 0 }) == expected, "\(character.unicodeScalars)")
            #expect(cluster.cursesWidth == max(1, Int(wcwidth(expected[0]))), "\(character.unicodeScalars)")
        }
    }

    @Test("an emoji made wide by VS16 leaves no stale cell beside it when it replaces text")
    func variationSelectorSixteen() throws {
        let terminal = try headless("xterm-256color")
        defer { terminal.close() }
        let size = terminal.size
        var before = Screen(width: size.width, height: size.height)
        before.write("abcdef", role: .text, row: 0, column: 0, limit: size.width)
        terminal.paint(before)
        var after = Screen(width: size.width, height: size.height)
        after.write("a\u{1F3DB}\u{FE0F}def", role: .text, row: 0, column: 0, limit: size.width)
        terminal.paint(after)
        #expect(cell(row: 0, column: 1).text == "\u{1F3DB}\u{FE0F}")
        #expect(cell(row: 0, column: 2).text == " ")
        #expect(cell(row: 0, column: 3).text == "d")
    }

    @Test("a terminal without colours still draws roles with attributes")
    func monochrome() throws {
        let terminal = try headless("vt100")
        defer { terminal.close() }
        let size = terminal.size
        terminal.paint(sampleScreen(width: size.width, height: size.height))
        let quote = cell(row: 0, column: 0)
        #expect(quote.pair == 0)
        #expect(quote.attributes & dl_a_bold() != 0)
        #expect(cell(row: 0, column: 12).attributes & dl_a_bold() == 0)
    }

    @Test("NO_COLOR (allowColor false) draws attributes only")
    func noColor() throws {
        let terminal = try headless("xterm-256color", allowColor: false)
        defer { terminal.close() }
        let size = terminal.size
        terminal.paint(sampleScreen(width: size.width, height: size.height))
        #expect(cell(row: 0, column: 0).pair == 0)
        #expect(cell(row: 0, column: 0).attributes & dl_a_bold() != 0)
    }

    @Test("input that has ended asks the reader to quit")
    func endOfInput() throws {
        let terminal = try headless("xterm-256color")
        defer { terminal.close() }
        #expect(terminal.nextEvent().map { "\($0)" } == "action(ReaderCore.Action.quit)")
    }

    @Test("a terminal that cannot move the cursor is refused with a typed error")
    func dumbTerminal() throws {
        #expect(throws: TerminalError.cannotAddressCursor(term: "dumb")) {
            _ = try headless("dumb")
        }
    }

    @Test("an unknown terminal type is a typed error")
    func unknownTerminal() throws {
        #expect(throws: TerminalError.cannotStart(term: "no-such-terminal-type")) {
            _ = try headless("no-such-terminal-type")
        }
    }

    @Test(
        "key codes become keys",
        arguments: [
            (UInt32(106), false, Key.character("j")), (10, false, .enter), (13, false, .enter), (9, false, .tab),
            (27, false, .escape), (4, false, .control("d")), (21, false, .control("u")), (127, false, .backspace),
            (0x6771, false, .character("東")), (UInt32(KEY_DOWN), true, .down), (UInt32(KEY_NPAGE), true, .pageDown),
            (UInt32(KEY_PPAGE), true, .pageUp), (UInt32(KEY_HOME), true, .home), (UInt32(KEY_END), true, .end),
            (UInt32(KEY_BTAB), true, .backTab), (UInt32(dl_key_f0() + 1), true, .function(1)),
        ] as [(UInt32, Bool, Key)])
    func keys(code: UInt32, isFunctionKey: Bool, key: Key) {
        #expect(CursesKeyDecoder.key(code: code, isFunctionKey: isFunctionKey) == key)
    }

    @Test(
        "escape sequences the terminal description may not list become keys",
        arguments: [
            ("[1~", Key.home), ("[H", .home), ("OH", .home), ("[4~", .end), ("OF", .end), ("[A", .up),
            ("OB", .down), ("[5~", .pageUp), ("[6~", .pageDown), ("[Z", .backTab), ("OP", .function(1)),
            ("[15~", .function(5)), ("[24~", .function(12)),
        ] as [(String, Key)])
    func escapeSequences(sequence: String, key: Key) {
        #expect(CursesKeyDecoder.escapeSequence(sequence) == key)
    }

    @Test("an unknown escape sequence is no key, and only final bytes end one")
    func unknownEscapeSequences() {
        #expect(CursesKeyDecoder.escapeSequence("[99~") == nil)
        #expect(CursesKeyDecoder.escapeSequence("[1;5") == nil)
        #expect(CursesKeyDecoder.endsEscapeSequence(UInt32(UInt8(ascii: "~"))))
        #expect(!CursesKeyDecoder.endsEscapeSequence(UInt32(UInt8(ascii: "1"))))
    }

    @Test("mouse buttons become wheel and press events")
    func mouse() {
        #expect(CursesKeyDecoder.mouse(buttons: dl_button4_pressed(), row: 3, column: 4)?.kind == .wheelUp)
        #expect(CursesKeyDecoder.mouse(buttons: dl_button5_pressed(), row: 3, column: 4)?.kind == .wheelDown)
        #expect(
            CursesKeyDecoder.mouse(buttons: dl_button1_clicked(), row: 3, column: 4)
                == MouseEvent(kind: .press, row: 3, column: 4))
        #expect(CursesKeyDecoder.mouse(buttons: dl_button1_released(), row: 3, column: 4) == nil)
    }
}
