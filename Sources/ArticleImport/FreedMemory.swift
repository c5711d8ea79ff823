#if canImport(Glibc)
    import Glibc
#endif

/// Hands back to the system the memory the allocator keeps once a long input is prepared.
///
/// Preparing a 50 MB article frees as much as it keeps (its lines, the analyser's windows,
/// arrays that grew), spread over the preparing threads' heaps; glibc keeps those pages, and
/// SQLite's own copies of the article come on top while it is written: 0.46 GB at the peak.
enum FreedMemory {
    /// Inputs of at least this many bytes of article text are followed by a trim: below it,
    /// what is kept is little and reused by the next inputs.
    static let trimmedInputBytes = 8 << 20

    /// Returns free pages of every heap to the system, after an input of `bytes` bytes of
    /// article text was prepared.
    static func release(afterPreparing bytes: Int) {
        guard bytes >= trimmedInputBytes else { return }
        _ = trim?(0)
    }

    /// glibc's `malloc_trim`, which the Glibc module does not import (it is in `malloc.h`);
    /// `nil` where there is none.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
            return nil
        #endif
    }()
}
