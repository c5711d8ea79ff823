/// Where the reader's start-up is measured.
public enum StartupMode: Equatable, Sendable {
    /// In a fresh process (`executable --measure-startup PATH`), so that the time includes
    /// loading the program and the memory is the reader's alone. What `dateline-bench` does.
    case childProcess(executable: String)
    /// In this process, from the moment of the measurement: for tests, which have no
    /// benchmark executable to start.
    case inProcess
}
