/// The archive searches the benchmark times: words and phrases of the synthetic vocabulary,
/// from rare (a surname) to very common (`said`), as people type them into the reader.
public enum SearchQueries {
    public static let oneWord = [
        "Okafor", "Kessington", "ferry", "glacier", "deficit", "petition", "commuters", "microbes", "Streik",
        "grêle", "Rasmussen", "said",
    ]
    public static let twoWords = [
        "rail strike", "Moreno Kessington", "budget deficit", "wind farm", "hospital nurse", "ferry Greywater",
        "union leader", "coral bleaching", "Halvorsen Brandt", "museum reopening", "judge appeal", "said officials",
    ]
    public static let phrases = [
        "\"rail strike\"", "\"budget deficit\"", "\"cup final\"", "\"asked not to be named\"", "\"city council\"",
        "\"according to\"", "\"sleep study\"", "\"grid operator\"", "\"the trains will run again\"",
        "\"Anna Hale\"", "\"told reporters\"", "\"heritage listing\"",
    ]
    /// Japanese words, found inside runs without spaces through the character-pair index.
    public static let unspaced = [
        "フェリー", "白砂港", "予算案", "漁業", "市議会", "運賃", "佐藤", "夜間診療", "観光客", "航路", "灯籠祭り", "人口",
    ]
    /// Word beginnings, from a prefix of a few words to one of thousands.
    public static let prefixes = [
        "Kessing*", "ferr*", "glaci*", "defic*", "petit*", "commut*", "microb*", "Rasmus*", "hospit*", "sa*",
        "offic*", "trai*",
    ]
    /// Searches narrowed by a filter (tags given by the benchmark: `tenth` on every tenth
    /// article, `rare` on every thousandth), common and rare on both sides.
    public static let filtered = [
        ("ferry", "tag:tenth"), ("said", "tag:tenth"), ("\"according to\"", "tag:tenth"), ("rail strike", "tag:tenth"),
        ("ferry", "tag:rare"), ("said", "tag:rare"), ("\"according to\"", "tag:rare"), ("glacier", "tag:rare"),
    ]
    /// What people type, letter by letter, into the search of an open article.
    public static let inArticle = ["commuters", "said", "Kessington", "the trains", "according to"]
}
