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

    /// The words the analyser knows in this language.
    var words: LanguageWords {
        switch self {
        case .english: .english
        case .french: .french
        case .german: .german
        case .spanish: .spanish
        case .italian: .italian
        case .portuguese: .portuguese
        case .dutch: .dutch
        case .russian: .russian
        case .polish: .polish
        case .japanese: .japanese
        }
    }
}
