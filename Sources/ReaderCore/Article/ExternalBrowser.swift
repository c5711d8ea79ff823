import Foundation

/// Opens a web address with `$BROWSER` (the first of its `:`-separated commands) or
/// `xdg-open`, detached from the terminal the reader is drawing on.
public enum ExternalBrowser {
    /// Starts the browser on `address`; returns a one-line reason when it cannot.
    public static func open(_ address: String) -> String? {
        open(address, environment: ProcessInfo.processInfo.environment)
    }

    /// The command line that opens `address` under `environment`.
    static func command(for address: String, environment: [String: String]) -> [String] {
        let browser = (environment["BROWSER"] ?? "").split(separator: ":").first.map(String.init)
        guard let browser, !browser.trimmingCharacters(in: .whitespaces).isEmpty else {
            return ["xdg-open", address]
        }
        let words = browser.split(separator: " ").map(String.init)
        // `$BROWSER` may say where the address goes with %s.
        if words.contains(where: { $0.contains("%s") }) {
            return words.map { $0.replacingOccurrences(of: "%s", with: address) }
        }
        return words + [address]
    }

    static func open(_ address: String, environment: [String: String]) -> String? {
        let command = command(for: address, environment: environment)
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let found =
            command[0].contains("/")
            ? FileManager.default.isExecutableFile(atPath: command[0])
            : path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(command[0])") }
        guard found else { return "no browser found: set $BROWSER or install xdg-utils" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "cannot start \(command[0]) to open \(address)"
        }
        return nil
    }
}
