import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the first 100 bytes of a file say about it, read without SQLite opening the file.
///
/// Reading the header directly refuses a file of another program or of a newer Dateline
/// before SQLite creates its `-wal` and `-shm` companions next to it.
struct ArchiveFileHeader: Equatable {
    /// `PRAGMA user_version` (bytes 60–63).
    var userVersion: Int32
    /// `PRAGMA application_id` (bytes 68–71).
    var applicationID: Int32
    /// The number of pages (bytes 28–31): 1 for a database without any table.
    var pageCount: UInt32

    /// The SQLite file header's first 16 bytes.
    static let magic = Array("SQLite format 3\0".utf8)

    /// The header of the file at `path`, or `nil` when there is no file or it is empty.
    ///
    /// Anything but a regular file (a folder, a named pipe, a device) is refused before it is
    /// opened, so a FIFO never blocks the open.
    static func read(path: String) throws(ArchiveError) -> ArchiveFileHeader? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notAFile(path: path) }
        if status.st_size == 0 { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let bytes = Array((try? handle.read(upToCount: 100)) ?? Data())
        guard bytes.count == 100, Array(bytes.prefix(16)) == magic else { throw .notADatabase(path: path) }
        /// The big-endian 32-bit number at `offset`.
        func number(at offset: Int) -> UInt32 {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        return ArchiveFileHeader(
            userVersion: Int32(bitPattern: number(at: 60)), applicationID: Int32(bitPattern: number(at: 68)),
            pageCount: number(at: 28))
    }

    /// Throws unless the header is that of a Dateline archive this version can read, or of
    /// an SQLite file without tables (which becomes an archive).
    func check(path: String) throws(ArchiveError) {
        if applicationID != ArchiveSchema.applicationID, applicationID != 0 || pageCount > 1 {
            throw .foreignDatabase(path: path)
        }
        if userVersion > ArchiveSchema.userVersion { throw .newerVersion(path: path) }
    }
}
