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

    /// Punctuation and symbols trimmed from the edges of each word (built once: building a
    /// `CharacterSet` per call was a fifth of the import time).
    static let edgeMarks = CharacterSet.punctuationCharacters.union(.symbols)

    /// The comparison key of `name`: lower case, no diacritics, no leading titles or trailing
    /// suffixes, no punctuation around words, apostrophes and hyphens in one shape, single
    /// spaces. "Dr. Ana  Núñez," and "ana nunez" have the same key; a name that is nothing but
    /// a title keeps it ("the President" is still someone).
    public static func key(_ name: String) -> String {
        var words = name.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(name) : unicodeWords(name)
        if words.first == "the" { words.removeFirst() }
        while words.count > 1, let first = words.first, titles.contains(first) { words.removeFirst() }
        while words.count > 1, let last = words.last, suffixes.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// The key of `name` in the speaker index, or `nil` when it folds to nothing (a name
    /// that is only punctuation is nobody's).
    public static func indexKey(_ name: String) -> String? {
        let key = key(name)
        return key.isEmpty ? nil : key
    }

    /// The folded words of a name in any script.
    static func unicodeWords(_ name: String) -> [String] {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace || $0 == "." || $0 == "," })
            .map { word in String(word.map { variants[$0] ?? $0 }).trimmingCharacters(in: edgeMarks) }
            .filter { !$0.isEmpty }
    }

    /// The same words for an ASCII name, without Foundation: lower case, split on white space,
    /// dots and commas, every non-alphanumeric character trimmed from word edges (in ASCII,
    /// exactly the punctuation and symbols `unicodeWords` trims).
    static func asciiWords(_ name: String) -> [String] {
        var words: [String] = []
        for piece in name.utf8.split(whereSeparator: {
            $0 == 0x20 || (0x09...0x0D).contains($0) || $0 == 0x2E || $0 == 0x2C
        }) {
            let isAlphanumeric: (UInt8) -> Bool = {
                (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
            }
            guard let first = piece.firstIndex(where: isAlphanumeric), let last = piece.lastIndex(where: isAlphanumeric)
            else {
                continue
            }
            let bytes = piece[first...last].map { byte -> UInt8 in
                if (0x41...0x5A).contains(byte) { return byte + 32 }
                return byte == 0x60 ? 0x27 : byte
            }
            words.append(String(decoding: bytes, as: UTF8.self))
        }
        return words
    }
}
