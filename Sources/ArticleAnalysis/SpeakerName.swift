import Foundation

/// Normalises speaker names so that one person is one entry across the archive.
public enum SpeakerName {
    /// Honorifics and titles dropped from the front of a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "senator",
        "sen", "rep", "representative", "gov", "governor", "mayor", "minister", "prime", "general",
        "gen", "judge", "justice", "chancellor", "secretary", "herr", "frau", "m", "mme", "monsieur",
        "madame", "vice", "deputy", "chief", "foreign", "finance", "defence", "defense", "interior",
        "lieutenant", "lt", "col", "colonel", "capt", "captain", "sgt", "sergeant", "rev", "reverend",
        "rabbi", "imam", "bishop", "archbishop", "cardinal", "sheikh", "ambassador", "commissioner",
        "chairman", "chairwoman", "inspector", "detective", "supt",
    ]

    /// Suffixes dropped from the end of a name ("Jr.", "III"), so that they do not split a person.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"]

    /// Marks that belong to a name but come in several shapes, mapped to one shape.
    static let variants: [Character: Character] = [
        "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "`": "'", "\u{00B4}": "'",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2212}": "-",
    ]

    /// The comparison key of `name`: lower case, no diacritics, no leading titles or trailing
    /// suffixes, no punctuation around words, apostrophes and hyphens in one shape, single
    /// spaces. "Dr. Ana  Núñez," and "ana nunez" have the same key; a name that is nothing but
    /// a title keeps it ("the President" is still someone).
    public static func key(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words = folded.split(whereSeparator: { $0.isWhitespace || $0 == "." || $0 == "," })
            .map { word in
                String(word.map { variants[$0] ?? $0 })
                    .trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols))
            }
            .filter { !$0.isEmpty }
        if words.first == "the" { words.removeFirst() }
        while words.count > 1, let first = words.first, titles.contains(first) { words.removeFirst() }
        while words.count > 1, let last = words.last, suffixes.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }
}
