/// Lets `dateline show -1` (and `bookmarks add -1`, `remove -1`) reach the command as an id: ArgumentParser
/// takes every word that starts with `-` for an option and would report the id as missing.
/// The archive then says plainly that no article has that id.
enum ArticleIDArguments {
    /// The commands whose positional argument is an article id.
    static let commands: Set<String> = ["show", "bookmarks", "remove"]
    /// Options of those commands that take a value, so that `--limit -1` keeps its value.
    static let optionsWithValues: Set<String> = ["--archive", "--format", "--theme", "--note"]

    /// Moves negative numbers that stand where the id goes behind a `--` at the end.
    static func allowNegative(in arguments: inout [String]) {
        guard arguments.contains(where: commands.contains), !arguments.contains("--") else { return }
        var kept: [String] = []
        var numbers: [String] = []
        for argument in arguments {
            let isNumber = argument.count > 1 && argument.hasPrefix("-") && argument.dropFirst().allSatisfy(\.isNumber)
            if isNumber, !optionsWithValues.contains(kept.last ?? "") {
                numbers.append(argument)
            } else {
                kept.append(argument)
            }
        }
        if !numbers.isEmpty { arguments = kept + ["--"] + numbers }
    }
}
