#if canImport(Glibc)
    import Glibc
#endif

/// CPU time of the calling thread: the work's own time on one core, whatever else the
/// machine runs (developers' machines share two cores with other builds).
public enum ThreadCPUClock {
    /// The calling thread's CPU time so far, in nanoseconds.
    public static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Runs `body` and returns its result with the milliseconds of CPU time it took.
    public static func measure<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, Double(now() &- start) / 1_000_000)
    }
}
