import ArgumentParser
import Foundation
import ReaderCore

/// `dateline config`: prints the default config or the key reference, or checks the
/// user's config and theme files.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where config.toml lives, print its defaults, or check it and the user's themes.")

    @Flag(help: "Print a config.toml with every default, each setting explained.")
    var printDefault = false

    @Flag(help: "Print the key and colour role reference (docs/keys.md) as Markdown.")
    var printReference = false

    @Flag(help: "Check config.toml and every user theme; exit non-zero on the first broken file.")
    var check = false

    func run() throws {
        let files = SettingsFiles()
        if printDefault {
            Terminal.write(ConfigReference.defaultConfig())
        } else if printReference {
            Terminal.write(ConfigReference.keysMarkdown())
        } else if check {
            try checkFiles(files)
        } else {
            let exists = FileManager.default.fileExists(atPath: files.configPath)
            Terminal.write(files.configPath + (exists ? "" : " (not there: the defaults apply)") + "\n")
            Terminal.write(files.themesDirectory + "\n")
        }
    }

    /// Reads the config, the theme it names and every user theme; reports what is wrong.
    private func checkFiles(_ files: SettingsFiles) throws {
        let setup = ReaderSetup(themeOption: nil, files: files)
        for problem in setup.problems { Terminal.printError(problem.description) }
        guard setup.problems.isEmpty else { throw ExitCode.failure }
        Terminal.write("config and themes are fine (\(setup.themes.count) themes)\n")
    }
}
