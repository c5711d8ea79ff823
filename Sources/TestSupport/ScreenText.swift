import ReaderCore

/// A `Screen` as golden text: every row at full width closed by `|`, so blanks and the
/// right edge show.
public enum ScreenText {
    /// The rows of `screen`, each followed by `|`, one per line.
    public static func golden(_ screen: Screen) -> String {
        screen.rows.map { $0 + "|" }.joined(separator: "\n") + "\n"
    }
}
