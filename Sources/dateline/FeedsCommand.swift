import ArgumentParser

/// `dateline feeds [list | add | remove | import | export]`: the feeds `dateline refresh` fetches.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds", abstract: "List, add or remove feed subscriptions.",
        discussion: "dateline refresh fetches the subscribed feeds and stores their new articles.",
        subcommands: [List.self, Add.self, Remove.self, Import.self, Export.self], defaultSubcommand: List.self)
}
