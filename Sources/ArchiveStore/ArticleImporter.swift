import ArticleAnalysis

/// Imports files and URLs into an archive: reads or fetches them, detects their format,
/// parses, analyses and stores them in batches.
///
/// Each batch is one transaction, so an interrupted import leaves only whole articles and a
/// second run adds the rest (the content hash and feed guids make it idempotent). A feed is
/// one input: all its items go in together or, when it cannot be parsed, none does.
public struct ArticleImporter: Sendable {
    /// Inputs parsed before they are written in one transaction.
    public static let batchSize = 256

    let archive: Archive
    /// The format every input is read as; `nil` detects each input's format.
    public var format: InputFormat?
    /// Fetches inputs that are http(s) addresses.
    public var fetcher: ArticleFetcher

    public init(archive: Archive, format: InputFormat? = nil, fetcher: ArticleFetcher = ArticleFetcher()) {
        self.archive = archive
        self.format = format
        self.fetcher = fetcher
    }

    /// Turns the bytes of one input into its articles, read as `format` (detected from the
    /// content, then `contentType`, then the name in `source`, when `nil`).
    public static func articles(
        from bytes: [UInt8], source: String?, format: InputFormat? = nil, contentType: String? = nil
    ) throws(ImportError) -> [Article] {
        let format = format ?? InputFormatDetector.detect(bytes, path: source, contentType: contentType)
        switch format {
        case .text:
            do {
                return [try PlainTextParser.parse(bytes: bytes, source: source)]
            } catch {
                throw .input(error)
            }
        case .html:
            return [try HTMLArticleExtractor.article(from: bytes, source: source, contentType: contentType)]
        case .markdown:
            return [try MarkdownArticleParser.parse(bytes: bytes, source: source)]
        case .rss, .atom, .jsonFeed:
            return try FeedParser.articles(from: bytes, format: format, source: source)
        }
    }

    /// Reads or fetches one input (a path, `-` for standard input, or an http(s) address)
    /// and parses it; returns the format it was read as and its articles.
    public func read(_ input: String) throws(ImportError) -> (format: InputFormat, articles: [Article]) {
        var bytes: [UInt8]
        var source: String? = input == "-" ? nil : input
        var contentType: String?
        if ArticleFetcher.isAddress(input) {
            let document = try fetcher.fetch(input)
            if !InputFormatDetector.isTextual(contentType: document.contentType),
                InputFormatDetector.contentFormat(document.bytes) == nil
            {
                throw .unsupportedContentType(InputFormatDetector.mediaType(document.contentType ?? ""))
            }
            (bytes, source, contentType) = (document.bytes, document.url, document.contentType)
        } else {
            bytes = try InputFile.read(input)
        }
        let format = format ?? InputFormatDetector.detect(bytes, path: source, contentType: contentType)
        return (format, try Self.articles(from: bytes, source: source, format: format, contentType: contentType))
    }

    /// Imports `inputs` (paths, `-` for standard input, http(s) addresses); `progress` sees
    /// (done, total) after each input, since reading or fetching is what takes the time.
    public func importFiles(_ inputs: [String], progress: (Int, Int) -> Void = { _, _ in }) -> ImportReport {
        var report = ImportReport()
        var batch: [ParsedInput] = []
        for (index, input) in inputs.enumerated() {
            do {
                let (format, articles) = try read(input)
                batch.append(ParsedInput(input: input, format: format, articles: articles))
            } catch {
                report.failures.append(.init(input: input, error: error))
            }
            if batch.count == Self.batchSize || index == inputs.count - 1 {
                store(batch, into: &report)
                batch.removeAll(keepingCapacity: true)
            }
            progress(index + 1, inputs.count)
        }
        return report
    }

    /// Imports already parsed articles under one input name (used by tests and benchmarks).
    public func importArticles(_ articles: [Article], input: String, format: InputFormat = .text) -> ImportReport {
        var report = ImportReport()
        store([ParsedInput(input: input, format: format, articles: articles)], into: &report)
        return report
    }

    private func store(_ batch: [ParsedInput], into report: inout ImportReport) {
        guard !batch.isEmpty else { return }
        do {
            let outcomes = try archive.insert(batch.flatMap(\.articles))
            for outcome in outcomes {
                switch outcome {
                case .imported(let id): report.imported.append(id)
                case .duplicate(let id): report.duplicates.append(id)
                }
            }
            for entry in batch {
                report.formats[entry.format, default: .init()].inputs += 1
                report.formats[entry.format, default: .init()].articles += entry.articles.count
            }
        } catch {
            for entry in batch { report.failures.append(.init(input: entry.input, error: .archive(error))) }
        }
    }
}
