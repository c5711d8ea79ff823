/// A language the analyser has words for: detected once per text (`LanguageDetector`) and
/// stored with the article.
public enum Language: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case french = "fr"
    case german = "de"
    case spanish = "es"
    case italian = "it"
    case portuguese = "pt"
    case dutch = "nl"
    case russian = "ru"
    case polish = "pl"
    case japanese = "ja"

    /// The words the analyser knows in this language: a copy of all its tables, each retained.
    var words: LanguageWords { reading { copy $0 } }

    /// One thing the language's words say, read in place: the analyser asks some of them once
    /// per word, and `words` would copy (and retain) every table of the language each time.
    @inline(__always)
    func reading<Value>(_ field: (borrowing LanguageWords) -> Value) -> Value {
        switch self {
        case .english: field(.english)
        case .french: field(.french)
        case .german: field(.german)
        case .spanish: field(.spanish)
        case .italian: field(.italian)
        case .portuguese: field(.portuguese)
        case .dutch: field(.dutch)
        case .russian: field(.russian)
        case .polish: field(.polish)
        case .japanese: field(.japanese)
        }
    }
}
