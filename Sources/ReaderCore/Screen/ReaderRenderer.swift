import ArchiveStore
import ArticleAnalysis

/// Draws a `ReaderState` into a `Screen`: a pure function of the state.
public enum ReaderRenderer {
    /// The screen for `state` at its size.
    public static func render(_ state: ReaderState) -> Screen {
        var screen = Screen(width: state.size.width, height: state.size.height)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(into: &screen)
            return screen
        }
        if let rect = layout.list { drawList(state, in: rect, into: &screen) }
        if let column = layout.separatorColumn {
            for row in 0..<max(0, state.size.height - 1) {
                screen.put("\u{2502}", width: 1, role: .separator, row: row, column: column, limit: column + 1)
            }
        }
        if let rect = layout.article { drawArticle(state, in: rect, into: &screen) }
        for mode in state.modes {
            switch mode {
            case .speakerPanel(let panel): drawSpeakerPanel(panel, state, into: &screen)
            case .help(let overlay): drawHelp(overlay, state, into: &screen)
            case .list, .searchResults, .speakerIndex, .feeds, .views, .article, .prompt: break
            }
        }
        drawStatus(state, layout: layout, into: &screen)
        return screen
    }

    private static func drawTooSmall(into screen: inout Screen) {
        let minimum = PaneLayout.minimumSize
        let message =
            "Terminal too small (\(screen.width)\u{00D7}\(screen.height)); "
            + "Dateline needs \(minimum.width)\u{00D7}\(minimum.height)."
        drawWrapped(
            message, role: .statusError, in: Rect(row: 0, column: 0, width: screen.width, height: screen.height),
            into: &screen)
    }

    /// Draws `text` word-wrapped inside `rect`.
    static func drawWrapped(_ text: String, role: Role, in rect: Rect, into screen: inout Screen) {
        let glyphs = ArticleDocument.glyphs(text, role: role)
        let limit = rect.column + rect.width
        for (line, range) in TextWrapper.lines(of: glyphs, width: rect.width).prefix(rect.height).enumerated() {
            var column = rect.column
            for glyph in glyphs[range] {
                column = screen.put(
                    glyph.character, width: Int(glyph.width), role: role, row: rect.row + line,
                    column: column, limit: limit)
            }
        }
    }

    /// `text`, control characters made visible, cut to `width` columns with an ellipsis
    /// when it is longer.
    static func fitted(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let text = InertText.make(text)
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "\u{2026}"
    }
}
