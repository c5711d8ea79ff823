/// What a key did to a prompt.
public enum PromptEdit: Hashable, Sendable {
    /// The text (or the regex mode) changed.
    case changed
    /// Nothing changed (the cursor may have moved).
    case unchanged
    /// Enter: use the text.
    case confirmed
    /// Esc: give up.
    case cancelled
}
