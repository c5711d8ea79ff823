import Foundation

/// Runs the configured `copy_command` with text on its standard input.
public enum CopyCommand {
    /// Runs `command` through `/bin/sh` with `text` on its standard input and waits for it;
    /// returns a one-line reason when it cannot run or fails.
    public static func run(_ command: String, text: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // A command that exits without reading all of its input must not end the reader.
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            return "cannot start copy_command \(command)"
        }
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus == 0
            ? nil : "copy_command \(command) failed (status \(process.terminationStatus))"
    }
}
