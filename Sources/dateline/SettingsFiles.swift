import Foundation
import ReaderCore

#if canImport(Glibc)
    import Glibc
#endif

/// The user's settings on disk: `config.toml` and the theme folder, in
/// `$XDG_CONFIG_HOME/dateline/` (else `~/.config/dateline/`).
struct SettingsFiles {
    /// The folder holding `config.toml` and `themes/`.
    let directory: String

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            directory = config + "/dateline"
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            directory = home + "/.config/dateline"
        }
    }

    var configPath: String { directory + "/config.toml" }
    var themesDirectory: String { directory + "/themes" }

    /// The settings of `config.toml`; the defaults when there is no such file.
    func config() throws(ConfigFileError) -> ReaderConfig {
        guard FileManager.default.fileExists(atPath: configPath) else { return ReaderConfig() }
        return try ReaderConfig(text: try SettingsFiles.read(configPath), file: configPath)
    }

    /// The bundled themes plus every `*.toml` of the user's theme folder (a file that
    /// cannot be read, or is too large, is reported when the theme is loaded).
    func catalog() -> ThemeCatalog {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: themesDirectory)) ?? []
        let user = names.filter { $0.hasSuffix(".toml") }.map { fileName in
            let path = themesDirectory + "/" + fileName
            return ThemeCatalog.Entry(
                name: String(fileName.dropLast(".toml".count)),
                text: Result { () throws(ConfigFileError) in try SettingsFiles.read(path) },
                file: path, isBundled: false)
        }
        return ThemeCatalog(userThemes: user)
    }

    /// The theme `nameOrPath` stands for: a theme file when it contains `/` or ends in
    /// `.toml`, else a theme of `catalog` by name.
    func theme(_ nameOrPath: String, in catalog: ThemeCatalog) throws(ConfigFileError) -> Theme {
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") else {
            return try catalog.theme(named: nameOrPath)
        }
        let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
        let definition = try ThemeDefinition(name: name, text: try SettingsFiles.read(nameOrPath), file: nameOrPath)
        return try catalog.theme(from: definition)
    }

    /// The UTF-8 text of the file at `path`; a file over `ConfigFileError.maximumFileBytes` is
    /// refused without reading more than that. Anything but a regular file (a named pipe in
    /// the theme folder) is unreadable rather than waited for.
    static func read(_ path: String) throws(ConfigFileError) -> String {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            let handle = FileHandle(forReadingAtPath: path)
        else {
            throw ConfigFileError(file: path, line: nil, problem: .unreadable)
        }
        defer { try? handle.close() }
        let limit = ConfigFileError.maximumFileBytes
        guard let data = try? handle.read(upToCount: limit + 1) ?? Data() else {
            throw ConfigFileError(file: path, line: nil, problem: .unreadable)
        }
        if data.count > limit { throw ConfigFileError(file: path, line: nil, problem: .tooLarge(limit: limit)) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigFileError(file: path, line: nil, problem: .unreadable)
        }
        return text
    }
}
