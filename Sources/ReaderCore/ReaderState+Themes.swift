extension ReaderState {
    /// Switches to the next theme of the cycle and says which one is showing.
    mutating func cycleTheme() {
        guard themes.themes.count > 1 else {
            status = StatusMessage("theme \(themes.current.name) is the only one (colours are off)")
            return
        }
        themes.advance()
        status = StatusMessage("theme \(themes.current.name) (\(themes.index + 1) of \(themes.themes.count))")
    }
}
