/// Where the terminal's cursor goes on a screen (the insertion point of a prompt).
public struct ScreenCursor: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
