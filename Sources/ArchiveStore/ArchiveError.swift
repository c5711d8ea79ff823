/// Why the archive could not be opened or changed. The wording shown to users lives here.
public enum ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not an SQLite database (truncated, random bytes, another format).
    case notADatabase(path: String)
    /// A command that only reads (or changes an existing archive) was given a path with no archive.
    case noArchive(path: String)
    /// The path is a folder, a named pipe or a device, not a file.
    case notAFile(path: String)
    /// SQLite's `quick_check` found the file damaged.
    case damaged(path: String)
    /// The file is an SQLite database of another program.
    case foreignDatabase(path: String)
    /// The archive was written by a newer Dateline whose schema this version does not know.
    case newerVersion(path: String)
    /// The archive's folder cannot be created or the file cannot be opened.
    case cannotOpen(path: String, reason: String)
    /// Another process held a lock for longer than Dateline waits.
    case busy(path: String)
    /// No article has this id.
    case noSuchArticle(id: Int64)
    /// No article has these ids (in the order given); nothing was changed.
    case noSuchArticles(ids: [Int64])
    /// SQLite reported something else; `reason` is its message.
    case storage(reason: String)
    /// No subscription has this id or address.
    case noSuchSubscription(String)
    /// The address is subscribed already.
    case subscriptionExists(url: String)
    /// `tag` is not a tag's name (`TagName`); `reason` says why.
    case invalidTag(String, reason: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return
                "\(path) is not a Dateline archive (the file is damaged or not an SQLite database); it was left untouched"
        case .noArchive(let path):
            return "no archive at \(path)"
        case .notAFile(let path):
            return "\(path) is not a regular file (a folder, pipe or device), so it cannot be an archive"
        case .damaged(let path):
            return
                "\(path) is damaged (SQLite's check of the file failed); it was left untouched: restore it from a backup"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database of another program, not a Dateline archive; it was left untouched"
        case .newerVersion(let path):
            return
                "\(path) was written by a newer version of Dateline; update Dateline to open it (the file was left untouched)"
        case .cannotOpen(let path, let reason):
            return "cannot open the archive \(path): \(reason)"
        case .busy(let path):
            return "the archive \(path) stayed locked by another program for too long; try again"
        case .noSuchArticle(let id):
            return "no article has the id \(id)"
        case .noSuchArticles(let ids) where ids.count == 1:
            return "no article has the id \(ids[0])"
        case .noSuchArticles(let ids):
            return "no articles have the ids \(ids.map(String.init).joined(separator: ", "))"
        case .storage(let reason):
            return "the archive reported an error: \(reason)"
        case .noSuchSubscription(let reference):
            return "no subscription has the id or address \(reference) (dateline feeds list shows them)"
        case .subscriptionExists(let url):
            return "\(url) is subscribed already"
        case .invalidTag(let tag, let reason):
            return "'\(tag)' is not a tag: \(reason)"
        }
    }
}
