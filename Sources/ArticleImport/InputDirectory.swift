#if canImport(Glibc)
    import Glibc
#endif

/// Lists the files of a folder for `dateline import DIR --recursive`.
///
/// Hidden files and folders (a name starting with `.`) are skipped, and so are files whose
/// extension says they are not articles (the images, scripts and styles a browser saves next
/// to a page). Symbolic links are followed, but a folder already visited (same device and
/// inode) is not entered again, so a link loop ends. Paths come out sorted, so runs repeat.
public enum InputDirectory {
    /// Extensions of files that may hold articles; files without an extension are included too.
    public static let articleExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom", "json", "feed",
    ]

    /// The article files below `path` and how many other files were skipped; a `path` that
    /// is not a folder comes back as the only file.
    public static func files(in path: String) throws(ImportError) -> (files: [String], skipped: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .noSuchFile }
            throw .unreadable(reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return ([path], 0) }
        var files: [String] = []
        var skipped = 0
        var visited: Set<[UInt64]> = []
        var pending = [path]
        while let folder = pending.popLast() {
            var folderInfo = stat()
            guard stat(folder, &folderInfo) == 0,
                visited.insert([UInt64(folderInfo.st_dev), UInt64(folderInfo.st_ino)]).inserted,
                let directory = opendir(folder)
            else { continue }
            defer { closedir(directory) }
            var subfolders: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                // The entry's type as the folder tells it; a link, or a file system that does
                // not tell, is asked with `stat` (which follows links).
                var type = mode(ofEntryType: entry.pointee.d_type)
                if type == nil {
                    var childInfo = stat()
                    guard stat(child, &childInfo) == 0 else { continue }
                    type = childInfo.st_mode & S_IFMT
                }
                switch type {
                case S_IFDIR:
                    subfolders.append(child)
                case S_IFREG:
                    if isArticleName(name) { files.append(child) } else { skipped += 1 }
                default:
                    skipped += 1
                }
            }
            pending += subfolders.sorted().reversed()
        }
        return (files.sorted(), skipped)
    }

    /// The `stat` file type of a folder entry of type `entryType` (`d_type`); `nil` for a link
    /// or an unknown type, which only `stat` can tell.
    static func mode(ofEntryType entryType: UInt8) -> mode_t? {
        switch Int(entryType) {
        case Int(DT_DIR): return S_IFDIR
        case Int(DT_REG): return S_IFREG
        case Int(DT_FIFO): return S_IFIFO
        case Int(DT_CHR): return S_IFCHR
        case Int(DT_BLK): return S_IFBLK
        case Int(DT_SOCK): return S_IFSOCK
        default: return nil
        }
    }

    /// Whether a file name has an article extension, or none.
    static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return true }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
