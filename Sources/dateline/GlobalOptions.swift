import ArchiveStore
import ArgumentParser
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    /// The help of `--archive`, also shown by `dateline --help`.
    static let archiveHelp =
        "The archive file (default: $DATELINE_ARCHIVE, else $XDG_DATA_HOME/dateline/archive.sqlite)."
    /// The help of `--theme` (the reader's and the colour-drawing commands'), also shown by `dateline --help`.
    static let themeHelp = "The colour theme: a bundled or user theme's name, or a theme file's path."

    @Option(name: .long, help: ArgumentHelp(archiveHelp, valueName: "path"))
    var archive: String?

    /// Opens the chosen archive. A default archive that did not exist yet is filled with the
    /// bundled sample articles; an explicit `--archive` never is.
    func openArchive() throws -> Archive {
        if let archive { return try Archive.open(path: archive) }
        let path = ArchiveLocation.defaultPath()
        let isNew = !FileManager.default.fileExists(atPath: path)
        let opened = try Archive.open(path: path)
        if isNew { try SampleArticles.fill(opened) }
        return opened
    }
}
