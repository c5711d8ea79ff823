import TOMLKit

/// A parsed TOML file that turns what is wrong with its values into `ConfigFileError`s
/// carrying the file and line of the key.
struct TOMLFile {
    /// The file name errors mention.
    let file: String
    /// The document's top-level table.
    let root: TOMLTable
    /// Whether `keys(of:at:)` gives the keys in the order the file writes them (else in
    /// TOMLKit's order, which needs no key's line).
    let inFileOrder: Bool
    private let lines: Lines

    /// The lines of the document's keys, found at their first use: a valid theme read in
    /// TOMLKit's order needs none, and finding them cost a million instructions of every start.
    private final class Lines {
        let source: String
        lazy var locator = TOMLKeyLocator(source: source)

        init(source: String) {
            self.source = source
        }
    }

    /// Parses `text`; a syntax error names the line TOMLKit reports.
    init(text: String, file: String, inFileOrder: Bool = true) throws(ConfigFileError) {
        self.file = file
        self.inFileOrder = inFileOrder
        guard text.utf8.count <= ConfigFileError.maximumFileBytes else {
            throw ConfigFileError(file: file, line: nil, problem: .tooLarge(limit: ConfigFileError.maximumFileBytes))
        }
        lines = Lines(source: text)
        do {
            try TOMLSyntaxCheck.check(text)
        } catch {
            throw ConfigFileError(file: file, line: error.line, problem: .syntax(error.reason))
        }
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigFileError(file: file, line: error.source.begin.line, problem: .syntax(error.description))
        } catch {
            throw ConfigFileError(file: file, line: nil, problem: .syntax(String(describing: error)))
        }
    }

    /// The error `problem` at the key `path` (and, for array elements, the string `value`).
    func error(_ problem: ConfigFileError.Problem, at path: [String], value: String? = nil) -> ConfigFileError {
        ConfigFileError(file: file, line: lines.locator.line(of: path, value: value), problem: problem)
    }

    /// The line of the key at `path`.
    func line(of path: [String]) -> Int? {
        lines.locator.line(of: path)
    }

    /// The keys of `table` (found at `path`) in the order the file writes them, so that the
    /// first mistake in the file is the one reported.
    func keys(of table: TOMLTable, at path: [String]) -> [String] {
        guard inFileOrder else { return Array(table.keys) }
        // Each key's line is looked up once, not once per comparison: a theme's 36 keys
        // sorted by comparing looked-up lines cost a million instructions of every start.
        return table.keys.map { key in (key, lines.locator.line(of: path + [key]) ?? .max) }
            .sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// The table at `path`, or an error naming what was expected.
    func table(_ value: any TOMLValueConvertible, at path: [String]) throws(ConfigFileError) -> TOMLTable {
        guard let table = value.table else {
            throw error(.wrongType(key: path.last ?? "", expected: "a table"), at: path)
        }
        return table
    }

    /// The string at `path`, or an error.
    func string(_ value: any TOMLValueConvertible, at path: [String]) throws(ConfigFileError) -> String {
        guard let string = value.string else {
            throw error(.wrongType(key: path.last ?? "", expected: "a string"), at: path)
        }
        return string
    }

    /// The integer at `path`, or an error.
    func integer(_ value: any TOMLValueConvertible, at path: [String]) throws(ConfigFileError) -> Int {
        guard let integer = value.int else {
            throw error(.wrongType(key: path.last ?? "", expected: "a whole number"), at: path)
        }
        return integer
    }

    /// The strings of an array of strings (or of a single string) at `path`, or an error.
    func strings(_ value: any TOMLValueConvertible, at path: [String]) throws(ConfigFileError) -> [String] {
        if let string = value.string { return [string] }
        guard let array = value.array else {
            throw error(.wrongType(key: path.last ?? "", expected: "a string or an array of strings"), at: path)
        }
        var strings: [String] = []
        for element in array {
            guard let string = element.string else {
                throw error(.wrongType(key: path.last ?? "", expected: "an array of strings"), at: path)
            }
            strings.append(string)
        }
        return strings
    }
}
