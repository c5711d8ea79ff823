extension Theme {
    /// The theme to draw with on a terminal of `depth`: this one, or `mono` (attributes
    /// only) when the terminal has no colours.
    public func effective(at depth: ColorDepth) -> Theme {
        depth == .monochrome ? .mono : self
    }
}
