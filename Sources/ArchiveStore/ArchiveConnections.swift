import Foundation
import GRDB

/// The connections of an open archive: the one reads go through, and the writable one, which
/// an archive opened for the reader gets only at its first write.
///
/// GRDB's `DatabasePool` writes as it opens (a table created and dropped, `grdb_issue_102`,
/// to make the `-wal` log non-empty), and SQLite copies the log into the file when the last
/// connection closes. Reading through a read-only connection until something is written keeps
/// a session that only reads (or that finds the file damaged before it writes) from changing
/// the file at all.
final class ArchiveConnections: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var reading: any DatabaseWriter
    private var writable: (any DatabaseWriter)?
    /// Opens the writable connection; `nil` when the archive is opened only to read.
    private let openWritable: (@Sendable () throws(ArchiveError) -> any DatabaseWriter)?

    /// Connections that read and write through `writer`.
    init(writer: any DatabaseWriter) {
        reading = writer
        writable = writer
        openWritable = nil
    }

    /// Connections that read through the read-only `reader`, and write through what
    /// `openWritable` opens on the first write (with none, writes go to `reader`, which refuses them).
    init(reader: any DatabaseWriter, openWritable: (@Sendable () throws(ArchiveError) -> any DatabaseWriter)?) {
        reading = reader
        self.openWritable = openWritable
    }

    /// The connection reads go through: the writable one once it is open.
    var current: any DatabaseWriter {
        lock.withLock { writable ?? reading }
    }

    /// The connection writes go through, opening the writable one if it is not yet open.
    func forWriting() throws(ArchiveError) -> any DatabaseWriter {
        lock.lock()
        defer { lock.unlock() }
        if let writable { return writable }
        guard let openWritable else { return reading }
        let opened = try openWritable()
        writable = opened
        reading = opened
        return opened
    }
}
