import ArchiveStore
import ArgumentParser
import ArticleImport
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

    /// Opens the chosen archive for `access`: commands that only read say `no archive at PATH`
    /// when there is none; only `import` and the reader (`.create`) make one. A default
    /// archive they create is filled with the bundled sample articles; an explicit
    /// `--archive` never is.
    /// `checkingSoundness: false` is for the reader, whose start-up does not read the whole
    /// file (`Archive.open`).
    func openArchive(for access: ArchiveAccess, checkingSoundness: Bool = true) throws -> Archive {
        try Self.openArchive(archive, for: access, checkingSoundness: checkingSoundness)
    }

    /// `openArchive(for:checkingSoundness:)` for the `--archive` value `archive`.
    static func openArchive(_ archive: String?, for access: ArchiveAccess, checkingSoundness: Bool = true) throws
        -> Archive
    {
        if let archive { return try Archive.open(path: archive, access: access, checkingSoundness: checkingSoundness) }
        return try Archive.open(
            path: ArchiveLocation.defaultPath(), access: access, checkingSoundness: checkingSoundness,
            whenCreated: SampleArticles.fill)
    }
}
