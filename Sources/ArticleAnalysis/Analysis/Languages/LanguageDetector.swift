/// Tells the language of a text once, from its first words: their script (Cyrillic, Japanese)
/// or how many are frequent words of each Latin-script language (`LanguageWords.markers`,
/// which the shared lexicon marks).
enum LanguageDetector {
    /// How many words are read: enough for a paragraph of any language.
    static let wordsRead = 400
    /// The fewest frequent words a language needs among those read; below it the text is
    /// taken for English.
    static let fewestMarkers = 3

    /// The language of the text whose UTF-8 is `utf8` and whose tokens, read with
    /// `Lexicon.shared`, are `tokens`.
    static func language(of tokens: [Token], utf8: [UInt8]) -> Language {
        var counts = [Int](repeating: 0, count: LanguageMarks.languages.count)
        var words = 0
        var cyrillic = 0
        var ideographic = 0
        for token in tokens where token.kind == .word {
            words += 1
            if words > wordsRead { break }
            let lead = utf8[token.byteStart]
            if lead == 0xD0 || lead == 0xD1 {
                cyrillic += 1
            } else if lead >= 0xE3 && lead <= 0xE9 {
                ideographic += 1
            }
            var marks = token.info.marks.rawValue
            while marks != 0 {
                counts[marks.trailingZeroBitCount] += 1
                marks &= marks - 1
            }
        }
        let scriptWords = max(cyrillic, ideographic)
        if scriptWords * 3 > words { return cyrillic >= ideographic ? .russian : .japanese }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= fewestMarkers else {
            return .english
        }
        return LanguageMarks.languages[best]
    }
}
