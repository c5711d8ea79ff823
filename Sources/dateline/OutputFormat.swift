import ArgumentParser

/// `--format` values of the listing commands.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// `--format` values of `dateline show`.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case plain
    case ansi
    case json
}
