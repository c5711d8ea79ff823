/// Breaks a run of glyphs into lines no wider than a number of display columns.
///
/// Lines break at spaces (the spaces at a break are dropped); a word wider than the line is
/// cut between grapheme clusters. An empty run gives one empty line.
public enum TextWrapper {
    /// The glyph ranges of the lines of `glyphs` wrapped to `width` columns.
    public static func lines(of glyphs: [Glyph], width: Int) -> [Range<Int>] {
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
                spaceWidth += Int(glyphs[index].width)
                index += 1
            }
            let wordStart = index
            var wordWidth = 0
            while index < glyphs.count && !glyphs[index].isSpace {
                wordWidth += Int(glyphs[index].width)
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
                let glyphWidth = Int(glyphs[glyphIndex].width)
                if used + glyphWidth > width && used > 0 {
                    lines.append(start..<glyphIndex)
                    start = glyphIndex
                    used = 0
                }
                used += glyphWidth
            }
            end = wordEnd
            lineHasContent = true
        }
        if lineHasContent { lines.append(start..<end) }
        return lines.isEmpty ? [0..<0] : lines
    }
}
