/// How an in-article search compares the text: which differences it ignores.
enum SearchFolding: Sendable {
    /// Nothing ignored (a pattern with capitals and diacritics).
    case exact
    /// Diacritics ignored (a pattern with capitals).
    case unaccented
    /// Case ignored (a pattern with diacritics).
    case caseFolded
    /// Case and diacritics ignored.
    case fullyFolded
}
