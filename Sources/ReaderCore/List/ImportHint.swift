/// The import command the empty list suggests: with the reader's `--archive`, so that
/// following it fills the archive being read and not the default one.
enum ImportHint {
    /// `dateline import FILE...`, or `dateline import --archive PATH FILE...` with `archive`
    /// quoted for a POSIX shell when it needs to be.
    static func command(archive: String?) -> String {
        guard let archive else { return "dateline import FILE..." }
        return "dateline import --archive \(shellWord(archive)) FILE..."
    }

    /// `text` as one word of a POSIX shell command line.
    private static func shellWord(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || "/._-+:,@%=".unicodeScalars.contains(scalar)
            }
        return plain
            ? text : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
