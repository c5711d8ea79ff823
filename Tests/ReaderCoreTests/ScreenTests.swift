import ReaderCore
import Testing

/// Writing into a screen never crosses the limit and never leaves half a wide glyph.
@Suite("Screen")
struct ScreenTests {
    @Test("a wide glyph that would straddle the limit becomes a blank")
    func wideAtBorder() {
        var screen = Screen(width: 6, height: 1)
        let end = screen.write("ab東京", role: .text, row: 0, column: 0, limit: 5)
        #expect(end >= 5)
        #expect(screen.rows == ["ab東  "])
        #expect(screen[0, 4].character == " ")
        #expect(screen[0, 3].isContinuation)
    }

    @Test("overwriting half of a wide glyph blanks the other half")
    func overwriteHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.write("東京", role: .title, row: 0, column: 0, limit: 4)
        screen.put("x", width: 1, role: .text, row: 0, column: 1, limit: 4)
        #expect(screen.rows == [" x京"])
        screen.put("y", width: 1, role: .text, row: 0, column: 2, limit: 4)
        #expect(screen.rows == [" xy "])
        #expect(!screen[0, 3].isContinuation)
    }

    @Test("escape sequences are written as visible symbols")
    func inert() {
        var screen = Screen(width: 20, height: 1)
        screen.write("a\u{1B}[2Jb\u{07}", role: .text, row: 0, column: 0, limit: 20)
        #expect(screen.rows[0].hasPrefix("a\u{241B}[2Jb\u{2407}"))
    }

    @Test("writes outside the screen are ignored")
    func outside() {
        var screen = Screen(width: 3, height: 2)
        screen.write("abc", role: .text, row: 5, column: 0, limit: 3)
        screen.write("abc", role: .text, row: -1, column: 0, limit: 3)
        screen.write("abcdef", role: .text, row: 1, column: 1, limit: 10)
        screen.fill(.status, row: 0, from: -4, to: 40)
        #expect(screen.rows == ["   ", " ab"])
        #expect(screen[0, 2].role == .status)
    }
}
