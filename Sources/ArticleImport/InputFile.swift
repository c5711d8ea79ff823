import ArticleAnalysis
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads one import input (a path, or `-` for standard input) into memory, refusing
/// directories, missing files and anything larger than an article may be.
enum InputFile {
    static func read(_ path: String) throws(ImportError) -> [UInt8] {
        let descriptor: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        if descriptor < 0 {
            switch errno {
            case ENOENT: throw .noSuchFile
            case EISDIR: throw .isDirectory
            default: throw .unreadable(reason: String(cString: strerror(errno)))
            }
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var info = stat()
        var bytes: [UInt8] = []
        if fstat(descriptor, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
            if Int(info.st_size) > TextDecoder.maximumBytes {
                throw .input(.tooLarge(bytes: Int(info.st_size), limit: TextDecoder.maximumBytes))
            }
            // A file's bytes are read straight into one buffer of its size; the one byte more
            // lets the last read find the end. Only a file that grew meanwhile reads on below.
            if (info.st_mode & S_IFMT) == S_IFREG {
                var failure: Int32 = 0
                let capacity = Int(info.st_size) + 1
                bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                    count = 0
                    while count < capacity {
                        let got = Glibc.read(descriptor, buffer.baseAddress! + count, capacity - count)
                        if got < 0 && errno == EINTR { continue }
                        if got < 0 { failure = errno }
                        if got <= 0 { break }
                        count += got
                    }
                }
                if failure != 0 { throw readError(failure) }
                if bytes.count < capacity { return bytes }
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw readError(errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > TextDecoder.maximumBytes {
                throw .input(.tooLarge(bytes: bytes.count, limit: TextDecoder.maximumBytes))
            }
        }
        return bytes
    }

    /// The error of a `read` that failed with `code`.
    private static func readError(_ code: Int32) -> ImportError {
        code == EISDIR ? .isDirectory : .unreadable(reason: String(cString: strerror(code)))
    }
}
