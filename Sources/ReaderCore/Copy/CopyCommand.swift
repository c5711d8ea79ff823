/// Runs the configured `copy_command` with text on its standard input.
public enum CopyCommand {
    /// Runs `command` through `/bin/sh` with `text` on its standard input and waits for it;
    /// returns a one-line reason when it cannot run or fails.
    public static func run(_ command: String, text: String) -> String? {
        guard let status = ShellCommand.run(command, text: text, quiet: true) else {
            return "cannot start copy_command \(command)"
        }
        return status == 0 ? nil : "copy_command \(command) failed (status \(status))"
    }
}
