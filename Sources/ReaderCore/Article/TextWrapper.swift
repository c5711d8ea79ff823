/// Breaks a run of glyphs into lines no wider than a number of display columns.
///
/// Lines break at spaces (the spaces at a break are dropped); a word wider than the line is
/// cut between grapheme clusters, but never so that a line starts with closing punctuation
/// of Chinese or Japanese (`、。，」`: the character before it goes to the next line too). An
/// empty run gives one empty line.
public enum TextWrapper {
    /// The glyph ranges of the lines of `glyphs` wrapped to `width` columns.
    public static func lines<Unit: WrapUnit>(of glyphs: [Unit], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var end = 0
        var used = 0
        var lineHasContent = false
        var index = 0
        while index < glyphs.count {
            let spaceStart = index
            var spaceWidth = 0
            while index < glyphs.count && glyphs[index].isSpace {
                spaceWidth += glyphs[index].columns
                index += 1
            }
            let wordStart = index
            var wordWidth = 0
            while index < glyphs.count && !glyphs[index].isSpace {
                wordWidth += glyphs[index].columns
                index += 1
            }
            let wordEnd = index
            if wordStart == wordEnd { break }
            if lineHasContent {
                if used + spaceWidth + wordWidth <= width {
                    end = wordEnd
                    used += spaceWidth + wordWidth
                    continue
                }
                lines.append(start..<end)
            } else if spaceStart == 0 && spaceWidth + wordWidth <= width {
                // Leading spaces of the run are kept when the first word fits with them.
                start = 0
                end = wordEnd
                used = spaceWidth + wordWidth
                lineHasContent = true
                continue
            }
            start = wordStart
            used = 0
            for glyphIndex in wordStart..<wordEnd {
                let glyphWidth = glyphs[glyphIndex].columns
                if used + glyphWidth > width && used > 0 {
                    // Kinsoku: closing punctuation takes the character before it along.
                    let cut =
                        glyphs[glyphIndex].isNoLineStart && glyphIndex - 1 > start
                        ? glyphIndex - 1 : glyphIndex
                    lines.append(start..<cut)
                    start = cut
                    used = glyphs[cut..<glyphIndex].reduce(0) { $0 + $1.columns }
                }
                used += glyphWidth
            }
            end = wordEnd
            lineHasContent = true
        }
        if lineHasContent { lines.append(start..<end) }
        return lines.isEmpty ? [0..<0] : lines
    }

    /// Characters a Chinese or Japanese line never starts with: closing brackets and quotes,
    /// commas and full stops, and the marks that follow a word.
    static let noLineStart: Set<Character> = [
        "\u{3001}", "\u{3002}", "\u{FF0C}", "\u{FF0E}", "\u{FF1A}", "\u{FF1B}", "\u{FF01}", "\u{FF1F}", "\u{300D}",
        "\u{300F}", "\u{FF09}", "\u{3011}", "\u{3009}", "\u{300B}", "\u{3015}", "\u{FF3D}", "\u{FF5D}", "\u{30FC}",
        "\u{30FB}", "\u{309D}", "\u{309E}", "\u{30FD}", "\u{30FE}", "\u{3005}",
    ]
}
