import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline import FILE... | -`: adds articles to the archive.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import article files (or - for standard input) into the archive.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files to import; - reads one article from standard input.")
    var files: [String] = []

    /// Options of `import` that take a value; `takeFiles(from:)` must know them.
    static let optionsWithValues: Set<String> = ["--archive"]

    /// Moves the file arguments of an `import` command line out of `arguments`.
    ///
    /// ArgumentParser's parsing time grows with the square of the argument count (40,000
    /// paths take over a minute), so `main` hands it only the options and adds the files.
    static func takeFiles(from arguments: inout [String]) -> [String]? {
        guard arguments.first == "import" else { return nil }
        var options = ["import"]
        var files: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                files += arguments[(index + 1)...]
                break
            }
            if argument.hasPrefix("-") && argument != "-" {
                options.append(argument)
                if optionsWithValues.contains(argument), index + 1 < arguments.count {
                    options.append(arguments[index + 1])
                    index += 1
                }
            } else {
                files.append(argument)
            }
            index += 1
        }
        arguments = options
        return files
    }

    func run() throws {
        if files.isEmpty { throw CommandError("nothing to import: name files, or - for standard input") }
        let archive = try global.openArchive()
        let progress = ProgressBar(total: files.count)
        let report = ArticleImporter(archive: archive).importFiles(files) { done, total in
            progress.update(done: done)
        }
        progress.finish()
        for failure in report.failures {
            Terminal.printError("\(failure.input): \(failure.error)")
        }
        print(
            "imported \(report.imported.count), duplicate \(report.duplicates.count), failed \(report.failures.count)")
        if !report.succeeded { throw ExitCode.failure }
    }
}
