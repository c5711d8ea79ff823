import ArchiveStore
import Foundation
import ReaderCore

/// Measures the reader's start-up on an archive file the way the reader starts: open the
/// archive, load the first page of the list, render the first screen.
public enum StartupProbe {
    /// The terminal size of the first screen.
    public static let screenSize = TerminalSize(width: 100, height: 30)

    /// Starts the reader on `path` in this process and measures from `startedAt`
    /// (`MonotonicClock.now()` taken before the process was started, or just before this call).
    ///
    /// After the first screen it reads a little (opens the newest article, jumps to the end
    /// of the list and back) so that the peak memory is that of a reader in use.
    public static func measure(path: String, startedAt: UInt64) throws(BenchmarkError) -> StartupFigures {
        let launch = MonotonicClock.milliseconds(since: startedAt)
        let session: ReaderSession
        do {
            session = ReaderSession(archive: try Archive.open(path: path, checkingSoundness: false), size: screenSize)
        } catch {
            throw .archive(error.description)
        }
        let screen = session.screen
        let elapsed = MonotonicClock.milliseconds(since: startedAt)
        guard screen.rows.contains(where: { !$0.allSatisfy { $0 == " " } }) else {
            throw .startupProbeFailed("the first screen is blank")
        }
        for action in [Action.open, .back, .bottom, .top] {
            session.handle(.action(action))
            _ = session.screen
        }
        return StartupFigures(
            firstScreenMilliseconds: elapsed, launchMilliseconds: launch, peakMegabytes: ResidentMemory.peakMegabytes())
    }

    /// Measures in a fresh process: `executable --measure-startup PATH --started-at NOW`,
    /// which prints its `StartupFigures` as one JSON line.
    public static func measureInChild(executable: String, path: String) throws(BenchmarkError) -> StartupFigures {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        let output = Pipe()
        process.standardOutput = output
        let startedAt = MonotonicClock.now()
        process.arguments = ["--measure-startup", path, "--started-at", String(startedAt)]
        do {
            try process.run()
        } catch {
            throw .startupProbeFailed("cannot start \(executable): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .startupProbeFailed("the measuring process exited with status \(process.terminationStatus)")
        }
        do {
            return try JSONDecoder().decode(StartupFigures.self, from: data)
        } catch {
            throw .startupProbeFailed("unreadable figures: \(String(decoding: data, as: UTF8.self))")
        }
    }

    /// The JSON line the measuring process prints.
    public static func line(_ figures: StartupFigures) -> String {
        let data = (try? JSONEncoder().encode(figures)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
