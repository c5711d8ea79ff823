import Foundation

/// The resident memory of this process.
public enum ResidentMemory {
    /// The most memory this process has held resident so far, in megabytes: `VmHWM` of
    /// `/proc/self/status`. (`getrusage().ru_maxrss` is not used: Linux carries it over from
    /// the parent through fork and exec, so a child of a large benchmark would report the
    /// benchmark's memory.)
    public static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
            return kilobytes / 1024
        }
        return 0
    }
}
