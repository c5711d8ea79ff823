#if canImport(Glibc)
    import Glibc
#endif

/// Nanoseconds of `CLOCK_MONOTONIC`: one clock for the whole machine, so a time taken before
/// starting a child process can be compared with a time the child takes.
public enum MonotonicClock {
    /// Now, in nanoseconds since an arbitrary point (boot on Linux).
    public static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
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
}
