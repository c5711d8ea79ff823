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
    /// What people type, letter by letter, into the search of an open article.
    public static let inArticle = ["commuters", "said", "Kessington", "the trains", "according to"]
}
