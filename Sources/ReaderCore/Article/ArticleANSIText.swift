/// An article as text with ANSI SGR styles (`dateline show --format ansi`): the reader's
/// styled glyphs, in the same roles, drawn with a theme. Paragraphs are not wrapped.
public enum ArticleANSIText {
    /// How many bytes `render(_:theme:depth:to:)` gathers before it hands them on.
    static let flushSize = 1 << 16

    /// `document` as lines of text with SGR sequences: title, byline, a blank line, then
    /// the paragraphs separated by blank lines; the terminal's own look is restored at the
    /// end of every line.
    public static func render(_ document: ArticleDocument, theme: Theme, depth: ColorDepth) -> String {
        var output: [UInt8] = []
        render(document.blocks, theme: theme, depth: depth) { output += $0 }
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes what `render(_:theme:depth:)` returns for a document of `blocks` to `sink` as
    /// UTF-8, in pieces of about `flushSize` bytes, so that the text of a long article is never
    /// held whole (its string and a copy of it were a quarter of `show --format ansi`'s memory on
    /// a 50 MB article). The blocks alone (`ArticleDocument.blocks(of:annotations:details:)`)
    /// are enough: the quotes' places and the speakers were a third of the command's time.
    public static func render(
        _ blocks: [ArticleDocument.Block], theme: Theme, depth: ColorDepth, to sink: ([UInt8]) -> Void
    ) {
        let theme = theme.effective(at: depth)
        var sequences: [Role: [UInt8]] = [:]
        func sequence(for role: Role) -> [UInt8] {
            if let known = sequences[role] { return known }
            let made = Array(theme.style(for: role).sgr(depth: depth).utf8)
            sequences[role] = made
            return made
        }
        var output: [UInt8] = []
        output.reserveCapacity(flushSize + 1024)
        var previousKind: ArticleDocument.BlockKind?
        var role: Role?
        for (position, block) in blocks.enumerated() {
            if block.kind == .paragraph, previousKind != nil { output.append(UInt8(ascii: "\n")) }
            if block.kind != .continuation { role = nil }
            if block.isPlain && block.roles.count == block.scalarCount {
                // Glyph `n` of a plain block is scalar `n`, in the role of that scalar: the text
                // goes out a run of one role at a time.
                var text = block.text
                text.withUTF8 { bytes in
                    var scalar = block.roles.startIndex
                    var runStart = 0
                    for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                        let scalarRole = block.roles[scalar]
                        scalar += 1
                        guard scalarRole != role else { continue }
                        appendRun(UnsafeBufferPointer(rebasing: bytes[runStart..<index]), to: &output)
                        runStart = index
                        role = scalarRole
                        output += sequence(for: scalarRole)
                    }
                    appendRun(UnsafeBufferPointer(rebasing: bytes[runStart...]), to: &output)
                }
            } else {
                for glyph in block.glyphs {
                    if glyph.role != role {
                        role = glyph.role
                        output += sequence(for: glyph.role)
                    }
                    output += glyph.character.utf8
                }
            }
            let continues = position + 1 < blocks.count && blocks[position + 1].kind == .continuation
            if !continues { output += "\u{1B}[0m\n".utf8 }
            previousKind = block.kind
            if output.count >= flushSize {
                sink(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { sink(output) }
    }

    /// Appends a run of a plain block's text, its line breaks as spaces.
    private static func appendRun(_ run: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let start = output.count
        output += run
        guard run.contains(UInt8(ascii: "\n")) else { return }
        for index in start..<output.count where output[index] == UInt8(ascii: "\n") {
            output[index] = UInt8(ascii: " ")
        }
    }
}
