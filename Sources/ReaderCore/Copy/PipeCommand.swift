/// Runs the command `|` asks for with the article on its standard input and the terminal as
/// its output, like mutt's pipe.
public enum PipeCommand {
    /// Runs `command` through `/bin/sh` with `text` on its standard input, its output and
    /// errors going where the reader's do, and waits for it; returns a one-line reason when
    /// it cannot start or fails.
    public static func run(_ command: String, text: String) -> String? {
        guard let status = ShellCommand.run(command, text: text, quiet: false) else {
            return "cannot start /bin/sh to run \(command)"
        }
        return status == 0 ? nil : "\(command) failed (status \(status))"
    }
}
