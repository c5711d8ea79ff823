import CSQLite
import Foundation
import GRDB

/// The one owner of a Dateline archive: an SQLite file (WAL) or an in-memory database.
///
/// Every read and write of the front end, the command line and the tests goes through an
/// `Archive`. Writes are transactions: a failed import leaves nothing behind.
public final class Archive: Sendable {
    /// The file path, or `nil` for an in-memory archive.
    public let path: String?
    let connections: ArchiveConnections
    /// Whether this read-only connection made the `-wal` and `-shm` files (no other process
    /// had the archive open): they are removed again when the file turns out to be damaged.
    private let madeCompanionFiles: Bool
    /// Set once a read finds the file damaged: every write is refused from then on.
    private let damage = DamageMark()
    /// The checkpoints `writeArticles` starts off its thread; `nil` in memory.
    let checkpoint: BackgroundCheckpoint?

    private init(path: String?, connections: ArchiveConnections, madeCompanionFiles: Bool = false) {
        self.path = path
        self.connections = connections
        self.madeCompanionFiles = madeCompanionFiles
        checkpoint = path.map { BackgroundCheckpoint(path: $0) }
    }

    /// The connection reads go through (the writable one once it is open).
    var writer: any DatabaseWriter { connections.current }

    /// Opens the archive at `path` for `access`.
    ///
    /// Nothing is written to a file that is refused: not SQLite, an SQLite file of another
    /// program, an archive of a newer Dateline, or a damaged one (SQLite's `quick_check`,
    /// run before a file is opened for writing and whenever a read of it fails). A `.read`
    /// open writes nothing at all. `.create` makes the archive and its folder when there is
    /// none, holding `ArchiveCreationLock` so that processes starting at once do it once;
    /// `whenCreated` then fills the new archive (the samples of the default archive).
    ///
    /// `checkingSoundness: false` skips the `quick_check` before a writable open: it reads the
    /// whole file (about a second per GB), which the reader's start-up does not pay. An
    /// up-to-date archive opened with `.create` is then read through a read-only connection
    /// until the first write opens the writable one (`ArchiveConnections`), so a session that
    /// writes nothing leaves the file as it was.
    public static func open(
        path: String, access: ArchiveAccess = .create, checkingSoundness: Bool = true,
        whenCreated: (Archive) throws(ArchiveError) -> Void = { _ in }
    ) throws(ArchiveError) -> Archive {
        switch access {
        case .read, .write:
            guard let header = try ArchiveFileHeader.read(path: path) else { throw .noArchive(path: path) }
            let upToDate = try inspect(
                path: path, header: header, checkingSoundness: access == .write && checkingSoundness)
            return access == .read && upToDate ? try openReadOnly(path: path) : try openWritable(path: path)
        case .create:
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create its folder (\(error.localizedDescription))")
            }
            return try ArchiveCreationLock.holding(folder: folder.path) { () throws(ArchiveError) in
                if let header = try ArchiveFileHeader.read(path: path) {
                    if !checkingSoundness { return try openForReader(path: path, header: header) }
                    let upToDate = try inspect(path: path, header: header, checkingSoundness: checkingSoundness)
                    return upToDate
                        ? try openReadOnly(path: path, writableOnDemand: true) : try openWritable(path: path)
                }
                let archive = try openWritable(path: path)
                try whenCreated(archive)
                return archive
            }
        }
    }

    /// Opens an existing archive for reading and writing (WAL), migrating it when needed.
    private static func openWritable(path: String) throws(ArchiveError) -> Archive {
        let archive = Archive(path: path, connections: ArchiveConnections(writer: try openPool(path: path)))
        try archive.prepareSchema()
        return archive
    }

    /// The writable connections of an existing archive (WAL).
    private static func openPool(path: String) throws(ArchiveError) -> DatabasePool {
        do {
            return try DatabasePool(path: path, configuration: configuration())
        } catch {
            throw mapped(error, path: path)
        }
    }

    /// Opens an existing archive as the reader does (no `quick_check`): checked and then read
    /// through the one read-only connection, writable at the first write, or opened for
    /// writing when it needs migrating.
    ///
    /// `inspect` checks through a connection of its own, so that a file it refuses gets no
    /// `-wal` and `-shm` next to it; the reader's start then parsed the schema twice, on two
    /// connections (a twelfth of its instructions). Here the companion files this connection
    /// made are removed again when the file is refused.
    private static func openForReader(path: String, header: ArchiveFileHeader) throws(ArchiveError) -> Archive {
        try header.check(path: path)
        let archive = try openReadOnly(path: path, writableOnDemand: true)
        let upToDate: Bool
        do {
            upToDate = try archive.read { db in
                try check(db, path: path)
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                return try applicationID == ArchiveSchema.applicationID
                    && ArchiveSchema.migrator.hasCompletedMigrations(db)
            }
        } catch {
            archive.close()
            throw error
        }
        if upToDate { return archive }
        archive.close()
        return try openWritable(path: path)
    }

    /// Closes the read-only connection of an archive `openForReader` will not keep, and removes
    /// the `-wal` and `-shm` files it made (they hold nothing of the archive).
    private func close() {
        try? connections.current.close()
        if madeCompanionFiles, let path { Self.removeEmptyCompanionFiles(of: path) }
    }

    /// Opens an up-to-date archive read-only; its writes fail, none attempted, unless
    /// `writableOnDemand`, when the first write opens it for writing.
    private static func openReadOnly(path: String, writableOnDemand: Bool = false) throws(ArchiveError) -> Archive {
        var config = configuration()
        config.readonly = true
        do {
            let inUse = FileManager.default.fileExists(atPath: path + "-wal")
            let reader = try DatabaseQueue(path: path, configuration: config)
            let openWritable: (@Sendable () throws(ArchiveError) -> any DatabaseWriter)? =
                writableOnDemand
                ? { @Sendable () throws(ArchiveError) -> any DatabaseWriter in try openPool(path: path) } : nil
            return Archive(
                path: path, connections: ArchiveConnections(reader: reader, openWritable: openWritable),
                madeCompanionFiles: !inUse)
        } catch {
            throw mapped(error, path: path)
        }
    }

    /// A fresh archive in memory, for tests and benchmarks.
    public static func inMemory() throws(ArchiveError) -> Archive {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw mapped(error, path: ":memory:")
        }
        let archive = Archive(path: nil, connections: ArchiveConnections(writer: queue))
        try archive.prepareSchema()
        return archive
    }

    /// The path shown in messages.
    var displayPath: String { path ?? ":memory:" }

    /// The page size of a new archive, in bytes (SQLite's largest but one).
    static let pageSize = 32_768

    /// The log size at which a commit copies the log into the archive: 128 MB.
    static let autocheckpointBytes = 128 << 20

    /// `autocheckpointBytes` in pages of the archive open on `db`.
    static func autocheckpointPages(_ db: Database) throws -> Int {
        autocheckpointBytes / max(try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096, 512)
    }

    /// Turns SQLite's memory statistics off, once, before the process opens its first
    /// connection: every allocation of every connection took the global mutex that keeps
    /// them, hundreds per article an import writes. Dateline reads no statistics.
    private static let memoryStatisticsOff: Void = { _ = dl_sqlite_memory_statistics_off() }()

    static func configuration() -> Configuration {
        _ = memoryStatisticsOff
        var config = Configuration()
        // Two readers and an import at once wait for each other instead of failing.
        config.busyMode = .timeout(15)
        config.prepareDatabase { db in
            db.add(function: UnspacedGrams.function)
            try RelevanceRank.register(db)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Imports update large indexes (content hashes, full text) at random places: the
            // writer keeps more of them in memory. Readers touch few pages and keep the default.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -32768") }
            // 32 KB pages for a new archive (no effect on an existing one): an article row
            // (4 to 5 KB with its quotations) left a third of each 8 KB page unused, which an
            // import wrote to the log and copied into the archive all the same.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
            // Statement journals (the pages a statement may have to roll back) stay in memory:
            // as temporary files they cost an import as many writes as the archive itself.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // The writer copies the log into the archive (and waits for the disk twice) every
            // 128 MB of log rather than every 8 MB: an import of 100,000 articles runs 14%
            // faster, since pages that every transaction touches are copied once per checkpoint.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(try autocheckpointPages(db))")
            }
        }
        return config
    }

    /// Checks an existing file before it is opened for use; `true` when it is an archive
    /// with every migration of this version.
    ///
    /// The header is checked first (`ArchiveFileHeader`), then the schema through a read-only
    /// connection. When no other process has the archive open (there is no `-wal` file) that
    /// connection reads the file as immutable, so that SQLite creates no `-wal` and `-shm`
    /// next to a file it then refuses. `checkingSoundness` runs `quick_check` too, as does
    /// any failed read.
    static func inspect(path: String, header: ArchiveFileHeader, checkingSoundness: Bool) throws(ArchiveError)
        -> Bool
    {
        try header.check(path: path)
        var config = configuration()
        config.readonly = true
        let inUse = FileManager.default.fileExists(atPath: path + "-wal")
        let location = inUse ? path : immutableURI(path)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: location, configuration: config)
        } catch {
            // The header is an archive's (checked above), so a schema SQLite cannot read is damage.
            let error = mapped(error, path: path)
            throw error == .notADatabase(path: path) ? .damaged(path: path) : error
        }
        defer { try? queue.close() }
        do {
            return try queue.read { db in
                if checkingSoundness, try !isSound(db) { throw ArchiveError.damaged(path: path) }
                try check(db, path: path)
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                return try applicationID == ArchiveSchema.applicationID
                    && ArchiveSchema.migrator.hasCompletedMigrations(db)
            }
        } catch {
            throw failure(error, path: path, reader: queue)
        }
    }

    /// An SQLite URI that opens `path` read-only as an immutable file (no locks, no `-shm`).
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute)
            + "?mode=ro&immutable=1"
    }

    /// Whether SQLite's `quick_check` finds the file sound (its structure, not every index entry).
    static func isSound(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "PRAGMA quick_check(1)") == "ok"
    }

    /// `error` of a read or write of the archive as an `ArchiveError`; a failure that is not
    /// a lock held by someone else runs `quick_check` through `reader`, so that a damaged
    /// file is reported as such.
    static func failure(_ error: any Error, path: String, reader: any DatabaseReader) -> ArchiveError {
        let error = mapped(error, path: path)
        switch error {
        case .notADatabase, .storage:
            let sound = (try? reader.read(isSound)) ?? false
            return sound ? error : .damaged(path: path)
        default:
            return error
        }
    }

    /// Throws unless `db` is empty or a Dateline archive whose migrations this version knows.
    static func check(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID != ArchiveSchema.applicationID {
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            guard applicationID == 0, tables == 0 else { throw ArchiveError.foreignDatabase(path: path) }
        }
        let userVersion = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if try userVersion > ArchiveSchema.userVersion || ArchiveSchema.migrator.hasBeenSuperseded(db) {
            throw ArchiveError.newerVersion(path: path)
        }
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

    /// Runs `body` in a read transaction, mapping errors to `ArchiveError` (`.damaged` when
    /// the failure comes from a damaged file).
    func read<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw refused(Archive.failure(error, path: displayPath, reader: writer))
        }
    }

    /// Runs `body` in a write transaction, mapping errors to `ArchiveError` (`.damaged` when
    /// the failure comes from a damaged file).
    ///
    /// After a read of this archive found the file damaged, the write is refused before it
    /// begins: the reader keeps running on a damaged archive and must not save into it.
    func write<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        if damage.isSet { throw .damaged(path: displayPath) }
        let writer = try connections.forWriting()
        do {
            return try writer.write(body)
        } catch {
            throw refused(Archive.failure(error, path: displayPath, reader: writer))
        }
    }

    /// Runs `body` outside a transaction on the writable connection (a checkpoint cannot run in
    /// one), mapping errors as `write` does.
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
        if damage.isSet { throw .damaged(path: displayPath) }
        let writer = try connections.forWriting()
        do {
            return try writer.writeWithoutTransaction(body)
        } catch {
            throw refused(Archive.failure(error, path: displayPath, reader: writer))
        }
    }

    /// `error`, after removing the `-wal` and `-shm` files this connection made next to a file
    /// it found damaged (an empty log: nothing of the archive is in them).
    private func refused(_ error: ArchiveError) -> ArchiveError {
        if error == .damaged(path: displayPath) { damage.set() }
        if error == .damaged(path: displayPath), madeCompanionFiles, let path {
            Self.removeEmptyCompanionFiles(of: path)
        }
        return error
    }

    /// Removes the `-wal` and `-shm` files next to `path` when the log is empty.
    private static func removeEmptyCompanionFiles(of path: String) {
        guard (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue == 0
        else { return }
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
    }

    /// `PRAGMA integrity_check`: `true` when SQLite finds the file sound.
    public func integrityCheck() throws(ArchiveError) -> Bool {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" }
    }
}
