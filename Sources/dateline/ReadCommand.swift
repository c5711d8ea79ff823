import ArgumentParser
import CursesTerminal
import Foundation
import ReaderCore

/// `dateline` with no subcommand: opens the interactive reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open the reader (the default command).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(GlobalOptions.themeHelp, valueName: "name|path"), completion: ThemeNameCompletion.kind)
    var theme: String?

    func run() throws {
        guard Terminal.stdoutIsTerminal, Terminal.stdinIsTerminal else { throw TerminalError.notATerminal }
        let setup = ReaderSetup(themeOption: theme, files: SettingsFiles())
        if let problem = setup.themeOptionProblem { throw problem }
        let archive = try global.openArchive(for: .create, checkingSoundness: false)
        try ReaderLoop.run(
            archive: archive, themes: setup.themes, keymap: setup.config.keymap,
            preferences: setup.config.preferences, problem: setup.problemSummary)
    }
}
