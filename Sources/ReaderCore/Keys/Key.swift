/// A key press, independent of the terminal that reported it.
public enum Key: Hashable, Sendable {
    /// A printable character (`j`, `G`, `]`, `?`, space).
    case character(Character)
    /// A letter pressed with Control (`control("d")` is Ctrl-D).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace
    /// A function key (F1 is `function(1)`).
    case function(Int)
}
