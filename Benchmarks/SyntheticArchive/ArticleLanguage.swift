/// The language a synthetic article is written in.
public enum ArticleLanguage: String, CaseIterable, Sendable {
    case english
    case german
    case french
    case japanese
}
