import CNCurses

/// A grapheme cluster as curses stores it in one cell: up to `CCHARW_MAX` wide characters,
/// and the columns curses thinks it takes.
///
/// `setcchar` keeps only the first spacing character and the non-spacing ones after it, so
/// an emoji ZWJ sequence (`👩‍🚀`: woman, joiner, rocket) would lose everything after the
/// joiner; the characters are put into the `cchar_t` here instead, all of them, and curses
/// sends them to the terminal together. A cluster longer than a cell holds (a family of
/// four is seven scalars) is drawn as its first character. Curses measures a cell by its
/// first character (`wcwidth`), which for an emoji made wide by VS16 (`🏛️`) is one
/// column: the painter draws blanks over the rest, so no cell is left stale.
struct CursesCluster {
    /// The characters drawn, at most `CCHARW_MAX`, in a cell's own slots (zero after the
    /// last): no array per cell, since painting a screen makes one of these per cell.
    private var characters = cchar_t().chars
    /// The columns curses advances for the cell (at least 1).
    let cursesWidth: Int

    init(_ character: Character) {
        // Most cells hold one ASCII character, one column wide (`wcwidth` is 1, or -1 for a
        // control character, which counts as 1 here too).
        if character.utf8.count == 1, let byte = character.utf8.first {
            characters.0 = wchar_t(byte)
            cursesWidth = 1
            return
        }
        let scalars = character.unicodeScalars
        let kept = scalars.count <= Int(CCHARW_MAX) ? scalars.count : 1
        withUnsafeMutableBytes(of: &characters) { raw in
            let slots = raw.bindMemory(to: wchar_t.self)
            for (index, scalar) in scalars.prefix(kept).enumerated() { slots[index] = wchar_t(scalar.value) }
        }
        cursesWidth = max(1, Int(wcwidth(characters.0)))
    }

    /// The cell in the given attributes and colour pair.
    func cchar(attributes: attr_t, pair: Int16) -> cchar_t {
        var cchar = cchar_t()
        var first: (wchar_t, wchar_t) = (characters.0, 0)
        _ = withUnsafeMutablePointer(to: &first) { first in
            first.withMemoryRebound(to: wchar_t.self, capacity: 2) { setcchar(&cchar, $0, attributes, pair, nil) }
        }
        cchar.chars = characters
        return cchar
    }
}
