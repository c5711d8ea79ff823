/// An article as text with ANSI SGR styles (`dateline show --format ansi`): the reader's
/// styled glyphs, in the same roles, drawn with a theme. Paragraphs are not wrapped.
public enum ArticleANSIText {
    /// `document` as lines of text with SGR sequences: title, byline, a blank line, then
    /// the paragraphs separated by blank lines; the terminal's own look is restored at the
    /// end of every line.
    public static func render(_ document: ArticleDocument, theme: Theme, depth: ColorDepth) -> String {
        let theme = theme.effective(at: depth)
        var sequences: [Role: String] = [:]
        func sequence(for role: Role) -> String {
            if let known = sequences[role] { return known }
            let made = theme.style(for: role).sgr(depth: depth)
            sequences[role] = made
            return made
        }
        var output = ""
        var previousKind: ArticleDocument.BlockKind?
        var role: Role?
        for (position, block) in document.blocks.enumerated() {
            if block.kind == .paragraph, previousKind != nil { output += "\n" }
            if block.kind != .continuation { role = nil }
            if block.isPlain && block.roles.count == block.scalarCount {
                // Glyph `n` of a plain block is scalar `n`, in the role of that scalar: the text
                // goes out a run of one role at a time.
                let scalars = block.text.unicodeScalars
                var runStart = scalars.startIndex
                var index = scalars.startIndex
                for scalarRole in block.roles {
                    if scalarRole != role {
                        appendRun(scalars[runStart..<index], to: &output)
                        runStart = index
                        role = scalarRole
                        output += sequence(for: scalarRole)
                    }
                    scalars.formIndex(after: &index)
                }
                appendRun(scalars[runStart..<index], to: &output)
            } else {
                for glyph in block.glyphs {
                    if glyph.role != role {
                        role = glyph.role
                        output += sequence(for: glyph.role)
                    }
                    output.append(glyph.character)
                }
            }
            let continues = position + 1 < document.blocks.count && document.blocks[position + 1].kind == .continuation
            if !continues { output += "\u{1B}[0m\n" }
            previousKind = block.kind
        }
        return output
    }

    /// Appends a run of a plain block's text, its line breaks as spaces.
    private static func appendRun(_ run: Substring.UnicodeScalarView, to output: inout String) {
        let text = Substring(run)
        if text.utf8.contains(0x0A) {
            output.unicodeScalars.append(contentsOf: run.lazy.map { $0 == "\n" ? " " : $0 })
        } else {
            output += text
        }
    }
}
