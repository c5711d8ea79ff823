import ArchiveStore
import ArgumentParser
import ArticleImport
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long, help: "The archive file (default: $DATELINE_ARCHIVE, else $XDG_DATA_HOME/dateline/archive.sqlite)."
    )
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
