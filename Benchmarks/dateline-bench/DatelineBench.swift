import ArgumentParser
import BenchmarkSuite
import Foundation

/// `dateline-bench`: generates a synthetic archive and prints Dateline's performance figures.
@main
struct DatelineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline-bench",
        abstract: "Measure Dateline on a synthetic archive of realistic articles.")

    @Option(help: "Articles in the synthetic archive.")
    var articles = 10_000

    @Option(help: "Seed of the article generator (the same seed gives the same archive).")
    var seed: UInt64 = 1

    @Option(help: "Feeds refreshed from a local server.")
    var feeds = 200

    @Option(help: "Output format: table or json (one object per metric and line).")
    var format: ReportFormat = .table

    @Option(help: "Write the generated archive to this path (it must not exist) instead of a temporary file.")
    var keep: String?

    @Option(
        help:
            "Measure again the archive an earlier run kept at this path (--keep) instead of generating one: no import figures."
    )
    var reuse: String?

    @Option(
        help: ArgumentHelp(
            "Import --articles more articles into the archive at this path and measure only that import.",
            discussion: "Give a --seed other than the one that filled it, or the articles are duplicates."))
    var addTo: String?

    @Flag(help: "Measure only the import (throughput and CPU time per article), then stop.")
    var importOnly = false

    @Option(help: .hidden)
    var measureStartup: String?

    @Option(help: .hidden)
    var startedAt: UInt64?

    func validate() throws {
        if articles < 1 { throw ValidationError("--articles must be at least 1") }
        if reuse != nil && keep != nil { throw ValidationError("--reuse measures a kept archive: leave out --keep") }
        if addTo != nil && (reuse != nil || keep != nil) {
            throw ValidationError("--add-to imports into an existing archive: leave out --reuse and --keep")
        }
        if reuse != nil && importOnly { throw ValidationError("--reuse imports nothing: leave out --import-only") }
        if feeds < 1 { throw ValidationError("--feeds must be at least 1") }
    }

    func run() throws {
        if let path = measureStartup {
            // The child process of a run: start the reader on PATH and report.
            let figures = try StartupProbe.measure(path: path, startedAt: startedAt ?? MonotonicClock.now())
            print(StartupProbe.line(figures))
            return
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var configuration = BenchmarkConfiguration(
            articles: articles, seed: seed, keepPath: keep, startup: .childProcess(executable: executable))
        configuration.feeds = feeds
        configuration.addToPath = addTo
        configuration.importOnly = importOnly
        if let reuse {
            configuration.reusePath = reuse
            configuration.articles = try Benchmark.articleCount(reusing: reuse)
        }
        let metrics = try Benchmark(configuration: configuration) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }.run()
        print(format.render(metrics), terminator: "")
    }
}

extension ReportFormat: ExpressibleByArgument {}
