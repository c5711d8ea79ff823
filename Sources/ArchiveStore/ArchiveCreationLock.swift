import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on the archive's folder, held while an archive is checked and created,
/// so that processes starting at once create and migrate a new archive one after the other
/// (and only the first fills it with the samples).
///
/// The lock is `flock` on the folder itself: no lock file is left behind, and the kernel
/// releases it when a process dies.
enum ArchiveCreationLock {
    /// Runs `body` while holding the lock of `folder`.
    static func holding<T>(folder: String, _ body: () throws(ArchiveError) -> T) throws(ArchiveError) -> T {
        let descriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: folder, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw .cannotOpen(path: folder, reason: "cannot lock its folder (\(String(cString: strerror(errno))))")
            }
        }
        return try body()
    }
}
