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
        discussion: """
            Without a command, dateline opens the reader. Every command takes --archive PATH; the reader \
            and show --format ansi take --theme NAME|PATH.
            """,
        version: DatelineVersion.current,
        subcommands: [
            ReadCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self,
            BookmarksCommand.self, TagCommand.self, TagsCommand.self, RemoveCommand.self, ExportCommand.self,
            SpeakersCommand.self, QuotesCommand.self, AnnotateCommand.self, FeedsCommand.self, RefreshCommand.self,
            ThemesCommand.self, ConfigCommand.self, ReanalyzeCommand.self, InfoCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// The options the reader takes and every command shares, for `dateline --help` (ArgumentParser
    /// lists only a default subcommand's name there; the man page lists them under `read`).
    static let globalOptionsHelp =
        "GLOBAL OPTIONS:\n"
        + optionLine("--archive <path>", GlobalOptions.archiveHelp) + "\n"
        + optionLine("--theme <name|path>", GlobalOptions.themeHelp)

    /// One option of `globalOptionsHelp`, laid out as ArgumentParser lays out options: the help
    /// from column 26, wrapped before column 80.
    static func optionLine(_ name: String, _ help: String) -> String {
        var lines = ["  " + name.padding(toLength: 24, withPad: " ", startingAt: 0)]
        for word in help.split(separator: " ") {
            if lines[lines.count - 1].count + 1 + word.count > 79 { lines.append(String(repeating: " ", count: 26)) }
            lines[lines.count - 1] += (lines[lines.count - 1].last == " " ? "" : " ") + word
        }
        return lines.joined(separator: "\n")
    }

    /// The names of the subcommands, in the order `--help` lists them.
    static var commandNames: [String] {
        configuration.subcommands.map { $0.configuration.commandName ?? "" }
    }

    /// Runs the command; Dateline's own errors become one `dateline: …` line and exit code 1,
    /// argument errors keep ArgumentParser's usage message; every message is made inert.
    static func main() {
        do {
            var arguments = Array(CommandLine.arguments.dropFirst())
            if ["--help", "-h", "help"].contains(arguments.first), arguments.count == 1 {
                Terminal.write(
                    helpMessage().replacingOccurrences(of: "\nOPTIONS:\n", with: "\n\(globalOptionsHelp)\n\nOPTIONS:\n")
                )
                return
            }
            if let options = readerOptions(arguments) {
                // Read without ArgumentParser, which made every command's arguments to parse
                // them: a fifth of the reader's start-up.
                try ReadCommand.read(archive: options["--archive"], theme: options["--theme"])
                return
            }
            try checkCommandName(arguments)
            let files = ImportCommand.takeFiles(from: &arguments)
            TagCommand.allowRemovals(in: &arguments)
            ArticleIDArguments.allowNegative(in: &arguments)
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

    /// The reader's options when `arguments` are nothing but them, each once with a value
    /// (`--archive PATH`, `--theme NAME`): no command, no other option, nothing for
    /// ArgumentParser to report. `nil` otherwise.
    static func readerOptions(_ arguments: [String]) -> [String: String]? {
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let option = arguments[index]
            guard ["--archive", "--theme"].contains(option), options[option] == nil, index + 1 < arguments.count,
                !arguments[index + 1].hasPrefix("-")
            else { return nil }
            options[option] = arguments[index + 1]
            index += 2
        }
        return options
    }

    /// The first word of `arguments` that is not an option (nor an option's value): the
    /// command's name, or `nil` when there is none.
    static func commandWord(of arguments: [String]) -> String? {
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-") {
            index += ["--archive", "--theme", "--generate-completion-script"].contains(arguments[index]) ? 2 : 1
        }
        return index < arguments.count ? arguments[index] : nil
    }

    /// Refuses a first word that names no command: without this check the default command
    /// (the reader) would report it as an unexpected argument of its own.
    static func checkCommandName(_ arguments: [String]) throws(CommandError) {
        // Shell completion functions call `dateline ---completion …`.
        guard arguments.first != "---completion", let word = commandWord(of: arguments) else { return }
        guard word != "help", !commandNames.contains(word) else { return }
        throw CommandError(
            "unknown command '\(word)'; the commands are \(commandNames.joined(separator: ", ")) (dateline --help)")
    }
}
