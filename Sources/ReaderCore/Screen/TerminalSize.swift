/// The size of the terminal in character cells.
public struct TerminalSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    /// A size; negative values count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}
