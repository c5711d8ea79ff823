/// What a command needs of the archive, which decides how it is opened.
public enum ArchiveAccess: Sendable {
    /// Only reads: the archive must exist, and it is opened read-only, so nothing is written
    /// to it (not even the switch to WAL or a migration of an up-to-date archive).
    case read
    /// Reads and writes an archive that must already exist (bookmarks, re-analysis).
    case write
    /// Reads and writes, creating the archive when there is none (`import`, the reader).
    case create
}
