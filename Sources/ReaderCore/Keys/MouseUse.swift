/// What the mouse does in the reader, declared once for the help, `docs/keys.md` and the
/// README.
public enum MouseUse: CaseIterable, Sendable {
    case click
    case wheel
    case clickQuote
    case clickSpeaker

    /// The gesture, as the help shows it in the keys column.
    public var gesture: String {
        switch self {
        case .click: return "click"
        case .wheel: return "wheel"
        case .clickQuote: return "click quote"
        case .clickSpeaker: return "click speaker"
        }
    }

    /// What the gesture does.
    public var help: String {
        switch self {
        case .click: return "open the clicked row; focus the article"
        case .wheel: return "scroll the pane under the pointer"
        case .clickQuote: return "mark the quote, as ] does (y copies it)"
        case .clickSpeaker: return "in the speakers panel: their quotes only"
        }
    }
}
