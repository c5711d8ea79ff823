extension ReaderState {
    /// Switches to the next theme of the cycle, asks for it to be drawn with and says which
    /// one is showing.
    mutating func cycleTheme() -> [ReaderEffect] {
        guard themes.count > 1 else {
            status = StatusMessage("theme \(themes.current.name) is the only one (colours are off)")
            return []
        }
        themes.advance()
        status = StatusMessage("theme \(themes.current.name) (\(themes.index + 1) of \(themes.count))")
        return [.applyTheme(themes.current)]
    }
}
