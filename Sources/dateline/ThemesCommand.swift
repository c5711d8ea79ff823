import ArgumentParser
import ArticleAnalysis
import CursesTerminal
import Foundation
import ReaderCore

/// `dateline themes`: lists the bundled and user themes, with a coloured sample when
/// standard output is a terminal.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: "List the colour themes (bundled and in $XDG_CONFIG_HOME/dateline/themes).")

    /// The sample line each theme is previewed on, in pieces with their roles.
    private static let sample: [(text: String, role: Role)] = [
        ("\u{201C}The ferry runs at dawn,\u{201D}", .quote), (" ", .text), ("said", .cue), (" ", .text),
        ("Ilse Moravec", .speaker), (".", .text),
    ]

    func run() throws {
        let catalog = SettingsFiles().catalog()
        let depth: ColorDepth? = Terminal.stdoutIsTerminal ? CursesTerminal.colorDepthOfStandardOutput() : nil
        let nameWidth = catalog.names.map(\.count).max() ?? 0
        var problems: [ConfigFileError] = []
        for entry in catalog.entries {
            let name = InertText.make(entry.name).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            do {
                let definition = try catalog.definition(named: entry.name)
                let theme = try catalog.theme(from: definition)
                let sample = depth.map { ThemesCommand.preview(theme, depth: $0) + "  " } ?? ""
                var line = name + "  " + sample + InertText.make(definition.description)
                if !entry.isBundled { line += " (" + InertText.make(entry.file) + ")" }
                Terminal.writeStyled(line + "\n")
            } catch {
                problems.append(error)
                Terminal.write(name + "  (does not load)\n")
            }
        }
        for problem in problems { Terminal.printError(problem.description) }
        if !problems.isEmpty { throw ExitCode.failure }
    }

    /// The sample line drawn in `theme`'s styles, then the terminal's own look again.
    private static func preview(_ theme: Theme, depth: ColorDepth) -> String {
        let effective = theme.effective(at: depth)
        return sample.map { effective.style(for: $0.role).sgr(depth: depth) + $0.text }.joined() + "\u{1B}[0m"
    }
}
