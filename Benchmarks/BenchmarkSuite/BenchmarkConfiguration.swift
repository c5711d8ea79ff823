/// What one benchmark run does.
public struct BenchmarkConfiguration: Sendable {
    /// Articles in the synthetic archive.
    public var articles: Int
    /// Seed of the article generator: the same seed gives the same archive.
    public var seed: UInt64
    /// Where to write the archive so it can be opened by hand; `nil` uses a temporary file
    /// removed at the end.
    public var keepPath: String?
    /// An archive written by an earlier run (`keepPath`) to measure again instead of
    /// generating one: nothing is imported, and the import and analysis figures are left out.
    /// `articles` should be its article count (`dateline-bench --reuse` reads it).
    public var reusePath: String?
    /// An existing archive to import `articles` more articles into (generated with `seed`,
    /// which should differ from the seed that filled it, or they are duplicates); only the
    /// import figures are measured.
    public var addToPath: String?
    /// Stop after the import and report only its figures.
    public var importOnly = false
    public var startup: StartupMode
    /// How often each search query is timed.
    public var searchRepetitions = 5
    /// Subscriptions refreshed from a local server (`FeedRefreshBenchmark`).
    public var feeds = 200

    public init(articles: Int, seed: UInt64, keepPath: String? = nil, startup: StartupMode) {
        self.articles = articles
        self.seed = seed
        self.keepPath = keepPath
        self.startup = startup
    }
}
