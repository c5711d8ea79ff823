/// Tells the language of a text once, from its first words: their script (Cyrillic, Japanese)
/// or how many are frequent words of each Latin-script language (`LanguageWords.markers`,
/// which the shared lexicon marks) or hold letters of one language only (ł, ã, ñ, ß).
enum LanguageDetector {
    /// How many words are read: enough for a paragraph of any language, and few enough that
    /// each language's count fits in one byte of a packed counter.
    static let wordsRead = 120
    /// The fewest frequent words a language needs among those read, and more than English has;
    /// below it the text is taken for English.
    static let fewestMarkers = 2

    /// For each byte of `LanguageMarks`, the packed counter's increment: one in the byte of every
    /// language it marks.
    static let packedIncrements: [UInt64] = (0..<256).map { marks in
        (0..<8).reduce(0) { sum, bit in marks & (1 << bit) != 0 ? sum | (1 << UInt64(8 * bit)) : sum }
    }

    /// The languages that a word's letters belong to alone: Polish ł ą ę ś ź ż ń ć, Portuguese
    /// ã õ, Spanish ñ, German ß (enough to tell a short text).
    static func letterMarks(_ word: ArraySlice<UInt8>) -> LanguageMarks {
        var marks: LanguageMarks = []
        var previous: UInt8 = 0
        for byte in word {
            switch (previous, byte) {
            case (0xC5, 0x81), (0xC5, 0x82), (0xC4, 0x84), (0xC4, 0x85), (0xC4, 0x98), (0xC4, 0x99), (0xC5, 0x9A),
                (0xC5, 0x9B), (0xC5, 0xB9), (0xC5, 0xBA), (0xC5, 0xBB), (0xC5, 0xBC), (0xC5, 0x83), (0xC5, 0x84),
                (0xC4, 0x86), (0xC4, 0x87):
                marks.insert(LanguageMarks(.polish))
            case (0xC3, 0xA3), (0xC3, 0xB5), (0xC3, 0x83), (0xC3, 0x95):
                marks.insert(LanguageMarks(.portuguese))
            case (0xC3, 0xB1), (0xC3, 0x91):
                marks.insert(LanguageMarks(.spanish))
            case (0xC3, 0x9F):
                marks.insert(LanguageMarks(.german))
            default:
                break
            }
            previous = byte
        }
        return marks
    }

    /// The language of the text whose UTF-8 is `utf8` and whose tokens, read with
    /// `Lexicon.shared`, are `tokens`.
    static func language(of tokens: [Token], utf8: [UInt8]) -> Language {
        // One byte per language, all counted by one addition per word (`packedIncrements`).
        var packed: UInt64 = 0
        var words = 0
        var cyrillic = 0
        var ideographic = 0
        // Read once: a static's every use checks that it is initialized.
        let increments = Self.packedIncrements
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
            if token.byteEnd - token.byteStart != token.end - token.start {
                marks |= Self.letterMarks(utf8[token.byteStart..<token.byteEnd]).rawValue
            }
            packed &+= increments[Int(marks)]
        }
        let scriptWords = max(cyrillic, ideographic)
        if scriptWords * 3 > words { return cyrillic >= ideographic ? .russian : .japanese }
        // The language with the most marks, the first of those with as many: English, first in
        // the list, wins ties, so a text is English unless shown otherwise.
        let english = Int(packed & 0xFF)
        var best = 0
        var bestCount = english
        for language in 1..<LanguageMarks.languages.count {
            let count = Int((packed >> UInt64(8 * language)) & 0xFF)
            if count > bestCount {
                best = language
                bestCount = count
            }
        }
        guard bestCount >= fewestMarkers, bestCount > english else { return .english }
        return LanguageMarks.languages[best]
    }
}
