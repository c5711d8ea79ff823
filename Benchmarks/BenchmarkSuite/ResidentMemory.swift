#if canImport(Glibc)
    import Glibc
#endif

/// The resident memory of this process.
public enum ResidentMemory {
    /// The most memory this process has held resident so far, in megabytes
    /// (`getrusage(RUSAGE_SELF).ru_maxrss`, which Linux reports in kilobytes).
    public static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
