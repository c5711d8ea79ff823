import ArgumentParser

/// The `dateline` command: the reader by default, plus the archive commands.
@main
struct Dateline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Read an archive of news articles in the terminal, with quotations and their speakers highlighted.",
        subcommands: [
            ReadCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, AnnotateCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
