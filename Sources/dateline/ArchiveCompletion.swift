import ArchiveStore
import ArgumentParser

/// Shell completion from the archive: article ids and speaker names, read from the archive the
/// command line names (`--archive PATH`) or the default one, opened read-only; nothing when it
/// cannot be opened.
enum ArchiveCompletion {
    /// The most candidates offered.
    static let limit = 200

    /// The ids of the newest articles that start with what is typed.
    static let articleIDs = CompletionKind.custom { words, _, prefix in
        guard let archive = archive(in: words) else { return [] }
        let ids = (try? archive.summaries(limit: limit * 5))?.map { String($0.id) } ?? []
        return Array(ids.filter { $0.hasPrefix(prefix) }.prefix(limit))
    }

    /// The names of the speakers a word of whose name starts with what is typed ("lu" offers
    /// Ida Lund); bash splits a name at its spaces, zsh and fish keep it whole.
    static let speakerNames = CompletionKind.custom { words, _, prefix in
        guard let archive = archive(in: words) else { return [] }
        let typed = prefix.lowercased()
        let names = (try? archive.speakers(matching: prefix, limit: limit))?.map(\.name) ?? []
        return names.filter { name in name.lowercased().split(separator: " ").contains { $0.hasPrefix(typed) } }
    }

    /// The archive the words of the command line name, or the default one.
    static func archive(in words: [String]) -> Archive? {
        var path = ArchiveLocation.defaultPath()
        if let option = words.firstIndex(of: "--archive"), option + 1 < words.count { path = words[option + 1] }
        return try? Archive.open(path: path, access: .read, checkingSoundness: false)
    }
}
