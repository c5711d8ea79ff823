/// Jobs and roles that stand before a name without being part of it ("Chief Executive Jane
/// Doe", "defender Tom Brandt"), and words that make a name an organisation or a place.
///
/// The lexicon gives these words the classes `role` and `organisation`, so that a test is one
/// look at a token's classes.
enum RoleWords {
    /// Roles in English (each language's table has its own); the lexicon's titles count as
    /// roles too.
    static let roles =
        "executive artist manager coach captain councillor councilman councilwoman chair chairperson"
        + " founder analyst economist author lawyer barrister counsel engineer scientist researcher historian"
        + " grower farmer driver teacher nurse doctor surgeon inspector treasurer editor correspondent player"
        + " striker defender goalkeeper substitute officer official owner head deputy vice organiser organizer"
        + " activist"

    /// Last words of organisations and places ("Northfield University", "Harbour Court").
    static let organisations =
        "university college institute school court council committee ministry department agency association"
        + " union party company group bank hospital stadium club"

    /// Whether the word at `index` of `text` is a title, an abbreviated title or a role.
    static func isRole(_ index: Int, in text: TokenText) -> Bool {
        guard index >= 0, index < text.tokens.count, text.tokens[index].kind == .word else { return false }
        return !text.tokens[index].info.classes.isDisjoint(with: [.title, .abbreviation, .role])
    }

    /// Roles and titles long enough to end a German compound role ("Landesverkehrsministerin").
    static let compoundEndings: [String] = Language.allCases.flatMap { $0.words.words(in: [.role, .title]) }
        .filter { $0.unicodeScalars.count >= 5 }
}
