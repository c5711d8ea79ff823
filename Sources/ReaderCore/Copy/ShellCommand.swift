import Foundation

/// A command line run through `/bin/sh` with text on its standard input: the copy command
/// and `|` both run one.
enum ShellCommand {
    /// Runs `command` with `text` on its standard input and waits for it; `quiet` sends its
    /// output and errors to /dev/null, else they go where the reader's go. Returns its exit
    /// status, or `nil` when it cannot start.
    static func run(_ command: String, text: String, quiet: Bool) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        if quiet {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        // A command that exits without reading all of its input must not end the reader.
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            return nil
        }
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
