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
                // Glyph `n` of a plain block is scalar `n`, in the role of that scalar.
                for (scalar, scalarRole) in zip(block.text.unicodeScalars, block.roles) {
                    if scalarRole != role {
                        role = scalarRole
                        output += sequence(for: scalarRole)
                    }
                    output.unicodeScalars.append(scalar == "\n" ? " " : scalar)
                }
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
}
