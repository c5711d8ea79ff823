/// What one `dateline import` run did, input by input.
public struct ImportReport: Equatable, Sendable {
    /// One input that failed and why.
    public struct Failure: Equatable, Sendable {
        public var input: String
        public var error: ImportError

        public init(input: String, error: ImportError) {
            self.input = input
            self.error = error
        }
    }

    /// One input whose encoding was guessed: neither UTF-8 nor declared.
    public struct EncodingAssumption: Equatable, Sendable {
        public var input: String
        /// The encoding it was read in, as iconv names it (`WINDOWS-1251`).
        public var encoding: String
    }

    /// How many inputs of one format were read, and how many articles they held.
    public struct FormatTally: Equatable, Sendable {
        public var inputs = 0
        public var articles = 0
    }

    /// Ids of the articles stored by this run, in input order.
    public var imported: [Int64] = []
    /// Ids of articles that were already in the archive.
    public var duplicates: [Int64] = []
    /// Feed items not stored because their article was removed from the archive before.
    public var previouslyRemoved = 0
    public var failures: [Failure] = []
    /// The inputs read in an encoding the detector guessed, in input order.
    public var assumedEncodings: [EncodingAssumption] = []
    /// The inputs stored (or found already stored), by the format they were read as.
    public var formats: [InputFormat: FormatTally] = [:]

    public init(failures: [Failure] = []) {
        self.failures = failures
    }

    /// Adds what `other` (a later part of the same run) did.
    mutating func add(_ other: ImportReport) {
        imported += other.imported
        duplicates += other.duplicates
        previouslyRemoved += other.previouslyRemoved
        failures += other.failures
        assumedEncodings += other.assumedEncodings
        for (format, tally) in other.formats {
            formats[format, default: .init()].inputs += tally.inputs
            formats[format, default: .init()].articles += tally.articles
        }
    }

    /// Whether every input went in (or was already there).
    public var succeeded: Bool { failures.isEmpty }
}
