extension Action {
    /// How many lines (or rows) a move action goes in a pane `height` lines tall: one for
    /// `j`/`k`, a page less a line, half a page; `nil` for any other action.
    func moveDistance(height: Int) -> Int? {
        switch self {
        case .moveDown: return 1
        case .moveUp: return -1
        case .pageDown: return max(1, height - 1)
        case .pageUp: return -max(1, height - 1)
        case .halfPageDown: return max(1, height / 2)
        case .halfPageUp: return -max(1, height / 2)
        default: return nil
        }
    }
}
