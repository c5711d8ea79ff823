/// A line of a gold JSONL file that is not a gold annotation object.
public struct GoldLineError: Error, Sendable, Equatable {
    /// The line's number, counting from 1.
    public var line: Int
}
