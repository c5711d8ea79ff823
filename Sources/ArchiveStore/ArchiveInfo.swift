/// What `dateline info` reports about an archive: where it is, its schema and its counts.
public struct ArchiveInfo: Equatable, Sendable {
    /// The file path, or `:memory:`.
    public var path: String
    /// The newest migration applied to the file (the schema version).
    public var schemaVersion: String
    /// How many migrations the file has been through.
    public var migrationCount: Int
    public var articleCount: Int
    public var quoteCount: Int
    public var bookmarkCount: Int
    /// Articles annotated by an older analyser than this program's (`dateline reanalyze`).
    public var staleAnalysisCount: Int
}
