import Foundation
import GRDB

/// Copies the write-ahead log into the archive on a thread of its own while an import goes on
/// writing, instead of in the commit of the writing transaction.
///
/// SQLite checkpoints when a commit leaves the log over `wal_autocheckpoint` pages, on the
/// connection that committed, which then waits for the disk twice (the log's `fdatasync`, then
/// the archive's): during an import most of the time the thread that writes spent off the
/// processor was in those waits (`perf` of its context switches, at 100,000 and at a million
/// articles). `Archive.writeArticles` turns the automatic checkpoint off while it commits;
/// after a commit that leaves the log over the same size, a `PASSIVE` checkpoint runs on a
/// connection of its own, which never blocks the writer: it copies what the log held when it
/// began. The writer copies the frames committed meanwhile before its next transaction
/// (`takeFinished`), a short checkpoint whose disk waits are small, so that the transaction
/// starts the log again from its beginning: without that the log grew by everything imported
/// while a checkpoint ran. Durability is SQLite's either way: commits are in the log, and a
/// checkpoint only copies them into the archive.
final class BackgroundCheckpoint: @unchecked Sendable {
    /// The log size from which a checkpoint is started: that of `wal_autocheckpoint` (tests
    /// set a smaller one).
    var logBytes: Int {
        get { lock.withLock { threshold } }
        set { lock.withLock { threshold = newValue } }
    }

    private let path: String
    private let queue = DispatchQueue(label: "dateline.checkpoint")
    private let lock = NSLock()
    // Guarded by `lock`.
    private var running = false
    private var finished = false
    private var threshold: Int

    init(path: String, logBytes: Int = Archive.autocheckpointBytes) {
        self.path = path
        threshold = logBytes
    }

    /// The size of the log file, 0 when there is none.
    var logSize: Int {
        (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Starts a checkpoint unless one is running or finished and not yet caught up with, or
    /// the log is smaller than `logBytes`.
    func startIfLogIsLarge() {
        guard logSize >= logBytes else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !running, !finished else { return }
        running = true
        let path = path
        queue.async { [self] in
            if let connection = try? DatabaseQueue(path: path, configuration: Archive.configuration()) {
                try? connection.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
                try? connection.close()
            }
            lock.lock()
            (running, finished) = (false, true)
            lock.unlock()
        }
    }

    /// Whether a checkpoint has finished since the last call: the writer then copies what was
    /// committed while it ran.
    func takeFinished() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        defer { finished = false }
        return finished
    }

    /// Waits for a running checkpoint to end.
    func wait() {
        queue.sync {}
    }
}
