/// Which words a text writes in lower case somewhere: a capitalized word that also appears in
/// lower case is a common noun opening a sentence ("Floodwaters rose" after "as floodwaters
/// recede"), not a name.
///
/// The first questions read the tokens; after `scansBeforeSet` of them the answers come from a
/// set built in one pass, so that a text full of such words stays linear. Shared by the copies
/// of one `TokenText` (the finders each hold one), so the set is built at most once; it is
/// given the tokens with each question, so that it holds no second reference to them.
final class LowerCaseWords {
    private var scans = 0
    private var keys: Set<UInt64>?

    /// How many questions are answered by reading the tokens before the set is built.
    static let scansBeforeSet = 32

    /// Whether a word with `WordHash` `key` is written in lower case somewhere in `tokens`, the
    /// text's tokens (the same at every question).
    func contains(_ key: UInt64, in tokens: [Token]) -> Bool {
        if let keys { return keys.contains(key) }
        if scans < Self.scansBeforeSet {
            scans += 1
            return tokens.contains { $0.key == key && $0.kind == .word && !$0.isCapitalized }
        }
        let built = Set(tokens.lazy.filter { $0.kind == .word && !$0.isCapitalized }.map(\.key))
        keys = built
        return built.contains(key)
    }
}
