import Foundation
import GRDB

/// The one owner of a Dateline archive: an SQLite file (WAL) or an in-memory database.
///
/// Every read and write of the front end, the command line and the tests goes through an
/// `Archive`. Writes are transactions: a failed import leaves nothing behind.
public final class Archive: Sendable {
    /// The file path, or `nil` for an in-memory archive.
    public let path: String?
    let writer: any DatabaseWriter

    private init(path: String?, writer: any DatabaseWriter) {
        self.path = path
        self.writer = writer
    }

    /// Opens (or creates) the archive at `path`, creating its folder when needed.
    ///
    /// A file that is not SQLite, an SQLite file of another program, or an archive of a newer
    /// Dateline is refused without being written to.
    public static func open(path: String) throws(ArchiveError) -> Archive {
        let url = URL(fileURLWithPath: path)
        if try checkHeader(path: path) { try inspectReadOnly(path: path) }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: "cannot create its folder (\(error.localizedDescription))")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
        } catch {
            throw mapped(error, path: path)
        }
        let archive = Archive(path: path, writer: pool)
        try archive.prepareSchema()
        return archive
    }

    /// A fresh archive in memory, for tests and benchmarks.
    public static func inMemory() throws(ArchiveError) -> Archive {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw mapped(error, path: ":memory:")
        }
        let archive = Archive(path: nil, writer: queue)
        try archive.prepareSchema()
        return archive
    }

    /// The path shown in messages.
    var displayPath: String { path ?? ":memory:" }

    static func configuration() -> Configuration {
        var config = Configuration()
        // Two readers and an import at once wait for each other instead of failing.
        config.busyMode = .timeout(15)
        config.prepareDatabase { db in
            db.add(function: UnspacedGrams.function)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Imports update large indexes (content hashes, full text) at random places: the
            // writer keeps more of them in memory. Readers touch few pages and keep the default.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -32768") }
            // 8 KB pages for a new archive (no effect on an existing one): full-text index
            // blobs and article bodies span fewer pages, and an import writes 12% faster.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA page_size = 8192") }
            // Statement journals (the pages a statement may have to roll back) stay in memory:
            // as temporary files they cost an import as many writes as the archive itself.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // The writer copies the log into the archive (and waits for the disk twice) every
            // 128 MB of log rather than every 8 MB: an import of 100,000 articles runs 14%
            // faster, since pages that every transaction touches are copied once per checkpoint.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384") }
        }
        return config
    }

    /// Whether the file exists with content; refuses one whose first bytes are not the
    /// SQLite header.
    static func checkHeader(path: String) throws(ArchiveError) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw .cannotOpen(path: path, reason: "permission denied")
            }
            return false
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return false }
        if header != Data("SQLite format 3\0".utf8) { throw .notADatabase(path: path) }
        return true
    }

    /// Checks an existing SQLite file read-only, so that a file of another program or of a
    /// newer Dateline is refused before anything (even the switch to WAL) writes to it.
    static func inspectReadOnly(path: String) throws(ArchiveError) {
        var config = configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try queue.read { db in try check(db, path: path) }
            try queue.close()
        } catch {
            throw mapped(error, path: path)
        }
    }

    /// Throws unless `db` is empty or a Dateline archive whose migrations this version knows.
    static func check(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID != ArchiveSchema.applicationID {
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            guard applicationID == 0, tables == 0 else { throw ArchiveError.foreignDatabase(path: path) }
        }
        if try ArchiveSchema.migrator.hasBeenSuperseded(db) { throw ArchiveError.newerVersion(path: path) }
    }

    /// Checks that the database is a Dateline archive of a known version, then migrates it.
    ///
    /// An archive that is already up to date is only read, so opening it never waits for
    /// the write lock of an import running in another process.
    func prepareSchema() throws(ArchiveError) {
        let migrator = ArchiveSchema.migrator
        do {
            let upToDate = try writer.read { db in
                try Archive.check(db, path: displayPath)
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                return try applicationID == ArchiveSchema.applicationID && migrator.hasCompletedMigrations(db)
            }
            if upToDate { return }
            try writer.barrierWriteWithoutTransaction { db in
                try Archive.check(db, path: displayPath)
                try db.execute(sql: "PRAGMA application_id = \(ArchiveSchema.applicationID)")
            }
            try migrator.migrate(writer)
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw Archive.mapped(error, path: displayPath)
        }
    }

    /// Turns a GRDB or system error into an `ArchiveError`.
    static func mapped(_ error: any Error, path: String) -> ArchiveError {
        if let error = error as? ArchiveError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .notADatabase(path: path)
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .busy(path: path)
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return .cannotOpen(path: path, reason: error.message ?? "permission denied")
            default:
                return .storage(reason: error.message ?? "\(error.resultCode)")
            }
        }
        return .storage(reason: "\(error)")
    }

    /// Runs `body` in a read transaction, mapping errors to `ArchiveError`.
    func read<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Archive.mapped(error, path: displayPath)
        }
    }

    /// Runs `body` in a write transaction, mapping errors to `ArchiveError`.
    func write<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Archive.mapped(error, path: displayPath)
        }
    }

    /// `PRAGMA integrity_check`: `true` when SQLite finds the file sound.
    public func integrityCheck() throws(ArchiveError) -> Bool {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" }
    }
}
