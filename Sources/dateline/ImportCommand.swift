import ArchiveStore
import ArgumentParser
import ArticleImport
import Foundation

/// `dateline import INPUT... | -`: adds articles from files, folders and URLs to the archive.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles (text, HTML, Markdown, RSS, Atom, JSON Feed; files, folders or URLs).",
        discussion: """
            The format of each input is detected from its content (then its media type and \
            name); --format reads every input as one format. A feed imported again adds only \
            its new items. newsboat's cache.db is imported with each article's feed, read state \
            and flags, without any network.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "Read every input as this format.",
            valueName: (["auto"] + InputFormat.allCases.map(\.rawValue)).joined(separator: "|")))
    var format = "auto"

    @Flag(name: [.short, .long], help: "Import the files inside folders, and inside their subfolders.")
    var recursive = false

    @Option(help: "Seconds to wait for a URL to answer completely.")
    var timeout: Double = 30

    @Option(
        name: .customLong("tag"),
        help: ArgumentHelp("Give every imported article this tag (repeatable).", valueName: "name"))
    var tags: [String] = []

    @Argument(help: "Files, folders (with --recursive), http(s) URLs; - reads one article from standard input.")
    var files: [String] = []

    /// Options of `import` that take a value; `takeFiles(from:)` must know them.
    static let optionsWithValues: Set<String> = ["--archive", "--format", "--timeout", "--tag"]

    func validate() throws {
        if format != "auto" && InputFormat(rawValue: format) == nil {
            let names = (["auto"] + InputFormat.allCases.map(\.rawValue)).joined(separator: ", ")
            throw ValidationError("unknown format '\(format)' (one of: \(names))")
        }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

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
        let tags = try self.tags.map { name throws(ArchiveError) in try TagName.normalised(name) }
        let archive = try global.openArchive(for: .create)
        let inputs = ImportInputs(files, recursive: recursive)
        var importer = ArticleImporter(
            archive: archive, format: InputFormat(rawValue: format), fetcher: ArticleFetcher(timeout: timeout))
        importer.tags = tags
        importer.bulkLoad = try archive.presumesBulkLoad(inputs: inputs.paths.count)
        let progress = ProgressBar(total: inputs.paths.count)
        var report = importer.importFiles(inputs.paths) { done, _ in progress.update(done: done) }
        progress.finish()
        // newsboat's cache is an SQLite file, which the article import refuses (binary, or too
        // large): only the inputs it refused are looked at again. Opening every input first to
        // find caches took a folder of 100,000 articles 0.44 s before its import could start.
        let caches = format == "auto" ? report.failures.map(\.input).filter(Self.isNewsboatCache) : []
        report.failures.removeAll { caches.contains($0.input) }
        report.failures = inputs.failures + report.failures
        for cache in caches {
            do {
                let stored = try importNewsboatCache(cache, into: archive)
                report.imported += stored.imported
                report.duplicates += stored.duplicates
                report.previouslyRemoved += stored.previouslyRemoved
            } catch {
                report.failures.append(.init(input: cache, error: error))
            }
        }
        for failure in report.failures {
            Terminal.printError("\(failure.input): \(failure.error)")
        }
        for line in Self.encodingNotes(report.assumedEncodings) { Terminal.write(line + "\n") }
        let removed = report.previouslyRemoved > 0 ? ", previously removed \(report.previouslyRemoved)" : ""
        print(
            "imported \(report.imported.count), duplicate \(report.duplicates.count)\(removed),"
                + " failed \(report.failures.count)")
        if let summary = Self.formatSummary(report, skipped: inputs.skipped, walkedFolders: recursive) {
            print(summary)
        }
        // Said before the merge, which takes seconds.
        try archive.mergeSearchIndexAfterImport(imported: report.imported.count, mergesDeferred: importer.bulkLoad) {
            print("merging the search index after a bulk import")
        }
        if !report.succeeded { throw ExitCode.failure }
    }

    /// Whether `path` names newsboat's `cache.db` (not an address or standard input).
    static func isNewsboatCache(_ path: String) -> Bool {
        path != "-" && !ArticleFetcher.isAddress(path) && NewsboatCache.isCache(path: path)
    }

    /// Imports a newsboat cache and prints what it did beyond the import counts.
    private func importNewsboatCache(_ path: String, into archive: Archive) throws(ImportError)
        -> NewsboatImportReport
    {
        let cache = try NewsboatCache.read(path: path)
        let progress = ProgressBar(total: cache.feeds.count)
        let report: NewsboatImportReport
        do {
            report = try NewsboatCacheImporter(archive: archive).importCache(cache) { done, _ in
                progress.update(done: done)
            }
        } catch {
            throw .archive(error)
        }
        progress.finish()
        Terminal.write(
            "\(path): newsboat cache of \(Self.count(cache.feeds.count, "feed")): marked \(report.markedRead) read,"
                + " bookmarked \(report.flagged) flagged, subscribed to \(Self.count(report.subscriptionsAdded, "new feed"))"
                + (report.skipped > 0 ? ", skipped \(Self.count(report.skipped, "item")) without text" : "") + "\n")
        return report
    }

    /// `1 feed`, `2 feeds`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The most inputs named one by one as read in a guessed encoding; beyond, one line
    /// counts the rest.
    static let maximumEncodingNotes = 10

    /// One line per input whose encoding the detector guessed
    /// (`old.txt: not UTF-8 and no encoding declared; read as WINDOWS-1251`).
    static func encodingNotes(_ assumptions: [ImportReport.EncodingAssumption]) -> [String] {
        var lines = assumptions.prefix(maximumEncodingNotes).map { assumption in
            "\(assumption.input): not UTF-8 and no encoding declared; read as \(assumption.encoding)"
        }
        let more = assumptions.count - lines.count
        if more > 0 { lines.append("and \(more) more input\(more == 1 ? "" : "s") read in a detected encoding") }
        return lines
    }

    /// `by format: html 2, rss 1 (3 articles); skipped 4 other files`, or `nil` when there is
    /// nothing to say beyond the counts (only plain-text files named one by one, nothing
    /// skipped). A folder walk always says what it found.
    static func formatSummary(_ report: ImportReport, skipped: Int, walkedFolders: Bool) -> String? {
        var parts: [String] = []
        if report.formats.keys.contains(where: { $0 != .text }) || (walkedFolders && !report.formats.isEmpty) {
            let formats = report.formats.sorted { $0.key < $1.key }.map { format, tally in
                let articles = tally.articles == tally.inputs ? "" : " (\(tally.articles) articles)"
                return "\(format.rawValue) \(tally.inputs)\(articles)"
            }
            parts.append("by format: " + formats.joined(separator: ", "))
        }
        if skipped > 0 { parts.append("skipped \(skipped) other file\(skipped == 1 ? "" : "s")") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
