import ArgumentParser

/// The check of `--limit` on the commands that print a list: zero or fewer rows is a mistake.
enum ResultLimit {
    static func validate(_ limit: Int) throws {
        guard limit > 0 else { throw ValidationError("--limit must be 1 or more (it is \(limit))") }
    }
}
