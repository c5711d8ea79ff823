/// On-disk archives for end-to-end tests, filled the way a user fills one: `dateline import`.
extension TemporaryDirectory {
    /// Why `importArchive` found no archive: the import's status and what it printed.
    public struct ImportFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `files` (name and content) into this directory and imports them, in order, into
    /// a new archive `archive.sqlite` here with the built `dateline`; returns the archive's path.
    @discardableResult
    public func importArchive(_ files: [(name: String, bytes: [UInt8])]) throws -> String {
        let archive = path("archive.sqlite")
        let paths = try files.map { file in try write(file.name, file.bytes) }
        let result = try DatelineBinary.run(["import", "--archive", archive] + paths)
        guard result.status == 0 else {
            throw ImportFailure(description: "import exited with \(result.status): \(result.stderr)")
        }
        return archive
    }

    /// Imports fixture files (names in `Fixtures/`), in order, under their own names.
    @discardableResult
    public func importArchive(fixtures names: String...) throws -> String {
        try importArchive(names.map { name in (name, Fixtures.bytes(name)) })
    }
}
