import ArgumentParser
import CursesTerminal
import Foundation

/// `dateline` with no subcommand: opens the interactive reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open the reader (the default command).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard Terminal.stdoutIsTerminal, Terminal.stdinIsTerminal else { throw TerminalError.notATerminal }
        let archive = try global.openArchive()
        try ReaderLoop.run(archive: archive)
    }
}
