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
    /// The characters drawn, at most `CCHARW_MAX`.
    let characters: [wchar_t]
    /// The columns curses advances for the cell (at least 1).
    let cursesWidth: Int

    init(_ character: Character) {
        let scalars = character.unicodeScalars.map { wchar_t($0.value) }
        characters = scalars.count <= Int(CCHARW_MAX) ? scalars : Array(scalars.prefix(1))
        cursesWidth = max(1, Int(wcwidth(characters.first ?? 0x20)))
    }

    /// The cell in the given attributes and colour pair.
    func cchar(attributes: attr_t, pair: Int16) -> cchar_t {
        var cchar = cchar_t()
        var first: [wchar_t] = [characters.first ?? 0x20, 0]
        setcchar(&cchar, &first, attributes, pair, nil)
        withUnsafeMutableBytes(of: &cchar.chars) { raw in
            let slots = raw.bindMemory(to: wchar_t.self)
            for index in slots.indices { slots[index] = index < characters.count ? characters[index] : 0 }
        }
        return cchar
    }
}
