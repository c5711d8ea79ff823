import Foundation

/// Normalises speaker names so that one person is one entry across the archive.
public enum SpeakerName {
    /// Honorifics and titles dropped from the front of a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "senator",
        "sen", "rep", "representative", "gov", "governor", "mayor", "minister", "prime", "general",
        "gen", "judge", "justice", "chancellor", "secretary", "herr", "frau", "m", "mme", "monsieur",
        "madame",
    ]

    /// The comparison key of `name`: lower case, no diacritics, no leading titles, single spaces.
    public static func key(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words = folded.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "\u{00A0}" }).map(String.init)
        while words.count > 1, let first = words.first, titles.contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
