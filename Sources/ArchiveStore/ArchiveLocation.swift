import Foundation

/// Chooses where the archive lives when `--archive` is not given.
public enum ArchiveLocation {
    /// `$DATELINE_ARCHIVE`, else `$XDG_DATA_HOME/dateline/archive.sqlite`, else
    /// `~/.local/share/dateline/archive.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["DATELINE_ARCHIVE"], !explicit.isEmpty { return explicit }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            return data + "/dateline/archive.sqlite"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/dateline/archive.sqlite"
    }
}
