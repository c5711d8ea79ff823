import ArchiveStore

/// Which speaker a partial name given on the command line means: the one speaker whose name
/// contains it (as `dateline speakers FILTER` matches), or an error naming the candidates.
enum SpeakerChoice {
    /// How many candidates a "several speakers match" message names.
    static let candidatesShown = 8

    /// The full name of the one speaker matching `name`; `name` itself when nobody matches.
    static func resolve(_ name: String, in archive: Archive) throws -> String {
        let candidates = try archive.speakers(matching: name, limit: candidatesShown + 1)
        guard candidates.count > 1 else { return candidates.first?.name ?? name }
        var names = candidates.prefix(candidatesShown).map(\.name).joined(separator: ", ")
        if candidates.count > candidatesShown { names += ", …" }
        throw CommandError("\(name) matches several speakers: \(names); give more of the name")
    }
}
