/// What one `dateline import` run did, input by input.
public struct ImportReport: Equatable, Sendable {
    /// One input that failed and why.
    public struct Failure: Equatable, Sendable {
        public var input: String
        public var error: ImportError
    }

    /// Ids of the articles stored by this run, in input order.
    public var imported: [Int64] = []
    /// Ids of articles that were already in the archive.
    public var duplicates: [Int64] = []
    public var failures: [Failure] = []

    public init() {}

    /// Whether every input went in (or was already there).
    public var succeeded: Bool { failures.isEmpty }
}
