import ArchiveStore
import ArgumentParser
import ArticleAnalysis
import Foundation

/// The `dateline` command: the reader by default, plus the archive commands.
@main
struct Dateline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Read an archive of news articles in the terminal, with quotations and their speakers highlighted.",
        subcommands: [
            ReadCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self,
            BookmarksCommand.self, ExportCommand.self, SpeakersCommand.self, QuotesCommand.self, AnnotateCommand.self,
            ThemesCommand.self, ConfigCommand.self, ReanalyzeCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command; Dateline's own errors become one `dateline: …` line and exit code 1,
    /// argument errors keep ArgumentParser's usage message; every message is made inert.
    static func main() {
        do {
            var arguments = Array(CommandLine.arguments.dropFirst())
            let files = ImportCommand.takeFiles(from: &arguments)
            var command = try parseAsRoot(arguments)
            if let files, var importCommand = command as? ImportCommand {
                importCommand.files += files
                command = importCommand
            }
            try command.run()
        } catch let error as any UserFacingError {
            Terminal.printError(error.description)
            Foundation.exit(1)
        } catch {
            // ArgumentParser's own messages repeat the arguments (`invalid value '…'`), so they
            // go through the inert-text filter too; help goes to standard output.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if message.isEmpty {
                // An `ExitCode` thrown after the command printed its own messages.
            } else if code == .success {
                Terminal.write(message + "\n")
            } else {
                Terminal.writeError(message + "\n")
            }
            Foundation.exit(code.rawValue)
        }
    }
}
