import ArgumentParser
import ArticleImport
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
        try Self.read(archive: global.archive, theme: theme)
    }

    /// Opens the reader on the `--archive` value `archivePath` with the `--theme` value `theme`
    /// (`Dateline.main` calls it without ArgumentParser when these are all the arguments).
    static func read(archive archivePath: String?, theme: String?) throws {
        guard Terminal.stdoutIsTerminal, Terminal.stdinIsTerminal else { throw TerminalError.notATerminal }
        let archive = try GlobalOptions.openArchive(archivePath, for: .create, checkingSoundness: false)
        let remembered = try archive.readerSetting(ReaderSession.themeKey)
        let setup = ReaderSetup(themeOption: theme, rememberedTheme: remembered, files: SettingsFiles())
        if let problem = setup.themeOptionProblem { throw problem }
        try ReaderLoop.run(
            archive: archive, themes: setup.themes, keymap: setup.config.keymap,
            preferences: setup.config.preferences, archiveArgument: archivePath, problem: setup.problemSummary,
            fetchFeeds: FeedRefresher.fetching(into: archive))
    }
}
