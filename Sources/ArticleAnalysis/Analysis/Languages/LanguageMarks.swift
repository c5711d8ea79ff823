/// The languages of Latin script a frequent word belongs to, one bit each, so that the shared
/// lexicon tells `LanguageDetector` which languages a text's words come from at no extra look-up.
struct LanguageMarks: OptionSet, Sendable {
    let rawValue: UInt8

    /// The languages that have a bit, in bit order.
    static let languages: [Language] = [.english, .french, .german, .spanish, .italian, .portuguese, .dutch, .polish]

    /// The bit of `language`, or no bit for a language told by its script.
    init(_ language: Language) {
        self.init(rawValue: LanguageMarks.languages.firstIndex(of: language).map { 1 << UInt8($0) } ?? 0)
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }
}
