#if canImport(Glibc)
    import Glibc
#endif

/// Nanoseconds of `CLOCK_MONOTONIC`: one clock for the whole machine, so a time taken before
/// starting a child process can be compared with a time the child takes. The CPU time of the
/// calling thread is read here too, for work timed on its own whatever else the machine runs.
public enum MonotonicClock {
    /// Now, in nanoseconds since an arbitrary point (boot on Linux).
    public static func now() -> UInt64 {
        read(CLOCK_MONOTONIC)
    }

    /// The CPU time the calling thread has used so far, in nanoseconds.
    public static func threadCPUTime() -> UInt64 {
        read(CLOCK_THREAD_CPUTIME_ID)
    }

    /// The CPU time every thread of this process has used so far, in nanoseconds.
    public static func processCPUTime() -> UInt64 {
        read(CLOCK_PROCESS_CPUTIME_ID)
    }

    /// Milliseconds from `start` to now.
    public static func milliseconds(since start: UInt64) -> Double {
        Double(now() &- start) / 1_000_000
    }

    /// Runs `body` and returns its result with the milliseconds it took.
    public static func measure<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, milliseconds(since: start))
    }

    /// Runs `body` and returns its result with the milliseconds of the thread's CPU time it took.
    public static func measureThreadCPU<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, Double) {
        let start = threadCPUTime()
        let result = try body()
        return (result, Double(threadCPUTime() &- start) / 1_000_000)
    }

    private static func read(_ clock: clockid_t) -> UInt64 {
        var time = timespec()
        clock_gettime(clock, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
