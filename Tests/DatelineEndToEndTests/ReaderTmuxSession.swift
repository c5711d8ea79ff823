import Foundation
import TestSupport

/// A tmux server of its own (private socket) running one command in a detached session of
/// a given size, for driving the reader like a user would.
final class ReaderTmuxSession {
    /// Whether tmux is installed.
    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    private let socket = "dateline-test-" + UUID().uuidString.prefix(8)
    private let name = "reader"

    /// The shell command that runs the built reader on `archive` in a UTF-8 xterm-256color
    /// terminal, then reports how it ended and stays open.
    static func readerCommand(archive: String) -> String {
        "env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 '\(DatelineBinary.path)' --archive '\(archive)'; "
            + "echo \"reader exited with status $?\"; sleep 600"
    }

    /// Starts `command` (a shell command line) in a `width`×`height` session.
    init(command: String, width: Int, height: Int) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// The pane's text, with SGR escape sequences when `escapes`.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
    }

    /// Sends keys by tmux name (`Enter`, `q`, `]`, `C-c`).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format evaluated for the pane (`#{alternate_on}`).
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the pane until `condition` holds for its text; fails after `timeout` seconds.
    @discardableResult
    func waitFor(
        _ description: String, timeout: TimeInterval = 15, escapes: Bool = false, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while Date() < deadline {
            text = try capture(escapes: escapes)
            if condition(text) { return text }
            usleep(30_000)
        }
        throw Failure(description: "timed out waiting for \(description); the pane shows:\n\(text)")
    }

    /// Polls the pane until it shows `needle`.
    @discardableResult
    func waitFor(text needle: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor("\"\(needle)\"", timeout: timeout) { $0.contains(needle) }
    }

    /// A tmux command that did not succeed, or a wait that timed out.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs any other tmux command against this session's server (`list-buffers`,
    /// `set-option -g set-clipboard on`) and returns what it printed.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try tmux(arguments)
    }

    /// Runs `tmux -L socket arguments...` and returns what it printed.
    ///
    /// Not through `Process`: Foundation detects the end of a child through a descriptor the
    /// child inherits, and the tmux server that `new-session` forks keeps it open, so
    /// `waitUntilExit` would wait for the server. `posix_spawn` and `waitpid` do not.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-" + UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }.map {
            "\($0.key)=\($0.value)"
        }
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer { for pointer in cEnvironment { free(pointer) } }
        // Test threads block signals; the server and the reader must not inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw Failure(description: "cannot start tmux (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        if status != 0 {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}
