import ReaderCore

/// A `Screen` as golden text: every row at full width closed by `|`, so blanks and the
/// right edge show.
public enum ScreenText {
    /// The rows of `screen`, each followed by `|`, one per line.
    public static func golden(_ screen: Screen) -> String {
        screen.rows.map { $0 + "|" }.joined(separator: "\n") + "\n"
    }

    /// The golden text of `screen` with, under each row that has cells in one of the
    /// `marks` roles, a line that shows the role's mark under each such cell, so that
    /// highlights are part of the golden file (`^` under a match, say).
    public static func golden(_ screen: Screen, marking marks: [Role: Character]) -> String {
        var text = ""
        for (row, line) in screen.rows.enumerated() {
            text += line + "|\n"
            var mask = ""
            for column in 0..<screen.width where !screen[row, column].isContinuation {
                let cell = screen[row, column]
                let mark = marks[cell.role] ?? " "
                mask.append(mark)
                if cell.width == 2 { mask.append(mark) }
            }
            if mask.contains(where: { $0 != " " }) { text += mask + "|\n" }
        }
        return text
    }
}
