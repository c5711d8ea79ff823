import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program running in a detached tmux session of a fixed size, for end-to-end tests of
/// the full-screen reader: send keys, read the screen back, wait for text to appear.
///
/// Each session has its own tmux server (a socket in a temporary directory), so tests never
/// touch the user's tmux and can run side by side. `close()` ends the server.
public final class TmuxSession {
    /// Why a session could not start or an expected screen never came.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Whether tmux is installed, so tests that need it can be skipped where it is not.
    public static var isAvailable: Bool { executable != nil }

    private static var executable: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    private let socket: String
    private let tmux: String

    /// Starts `arguments` (program first) in a `width`×`height` session with a clean
    /// UTF-8 environment plus `environment`.
    public init(
        _ arguments: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        in directory: TemporaryDirectory
    ) throws {
        guard let tmux = TmuxSession.executable else { throw Failure(description: "tmux is not installed") }
        self.tmux = tmux
        socket = directory.path("tmux-\(UUID().uuidString.prefix(8))")
        var env = ["LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TERM=xterm-256color", "HOME=\(directory.url.path)"]
        env += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = (["env", "-i", "PATH=/usr/bin:/bin"] + env + arguments).map(TmuxSession.shellQuoted)
            .joined(separator: " ")
        try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit {
        close()
    }

    /// Sends keys by tmux name (`Enter`, `Escape`, `s`, `]`), each as one key press.
    public func send(_ keys: String...) throws {
        for key in keys { try run(["send-keys", "-t", "0", key]) }
    }

    /// The screen as text, one string per row.
    public func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", "0"], capturing: true).components(separatedBy: "\n")
    }

    /// Waits until some row contains `text` (polling, up to `timeout` seconds) and returns
    /// the screen; throws with the last screen when it never appears.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var rows = try screen()
        while !rows.contains(where: { $0.contains(text) }) {
            guard Date() < deadline else {
                throw Failure(description: "“\(text)” never appeared; the screen was:\n" + rows.joined(separator: "\n"))
            }
            Thread.sleep(forTimeInterval: 0.05)
            rows = try screen()
        }
        return rows
    }

    /// Ends the session and its server.
    public func close() {
        _ = try? run(["kill-server"])
    }

    /// Runs one tmux command against this session's server; returns its output when
    /// `capturing`.
    ///
    /// Not through Foundation's `Process`: it learns that a child ended when a descriptor the
    /// child inherited closes, and the tmux server that `new-session` starts keeps it open,
    /// so `waitUntilExit` would never return. `posix_spawn` with every descriptor above 2
    /// closed (a descriptor closed meanwhile is ignored) and `waitpid` have no such trap.
    @discardableResult
    private func run(_ arguments: [String], capturing: Bool = false) throws -> String {
        let outputPath = socket + ".out"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, capturing ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for descriptor in TmuxSession.openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        let argv = [tmux, "-S", socket, "-f", "/dev/null"] + arguments
        let envp = ["LANG=C.UTF-8", "LC_ALL=C.UTF-8", "PATH=/usr/bin:/bin"]
        var cArgv = argv.map { strdup($0) } + [nil]
        var cEnvp = envp.map { strdup($0) } + [nil]
        defer { for pointer in cArgv + cEnvp { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, tmux, &actions, nil, &cArgv, &cEnvp)
        guard spawned == 0 else { throw Failure(description: "could not start tmux (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status >> 8) & 0xFF
        guard (status & 0x7F) == 0, exitCode == 0 || arguments.first == "kill-server" else {
            throw Failure(description: "tmux \(arguments.first ?? "") failed with status \(status)")
        }
        guard capturing else { return "" }
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        return String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
    }

    /// The descriptors open in this process (those listed in `/proc/self/fd` or `/dev/fd`).
    private static func openDescriptors() -> [Int32] {
        let listing =
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))
            ?? (try? FileManager.default.contentsOfDirectory(atPath: "/dev/fd")) ?? []
        return listing.compactMap { Int32($0) }
    }

    /// `text` quoted for the shell tmux runs the command with.
    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
