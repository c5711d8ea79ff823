/// What the reader's start-up cost: time to the first full screen and peak memory.
public struct StartupFigures: Codable, Equatable, Sendable {
    /// From process start (or from the start of the measurement, in process) to the first
    /// screen rendered.
    public var firstScreenMilliseconds: Double
    /// Of that, the time before the program's own code ran (loading and linking it), or 0
    /// when measured in process.
    public var launchMilliseconds: Double
    /// Peak resident memory of the process with the archive open and the screen rendered.
    public var peakMegabytes: Double

    public init(firstScreenMilliseconds: Double, launchMilliseconds: Double, peakMegabytes: Double) {
        self.firstScreenMilliseconds = firstScreenMilliseconds
        self.launchMilliseconds = launchMilliseconds
        self.peakMegabytes = peakMegabytes
    }
}
