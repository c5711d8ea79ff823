import ArchiveStore
import ArticleAnalysis
import Foundation

/// Imports files and URLs into an archive: reads or fetches them, detects their format,
/// parses, analyses and stores them in batches.
///
/// Each batch is one transaction, so an interrupted import leaves only whole articles and a
/// second run adds the rest (the content hash and feed guids make it idempotent). A feed is
/// one input: all its items go in together or, when it cannot be parsed, none does.
public struct ArticleImporter: Sendable {
    /// Inputs written in one transaction: every commit flushes a new full-text segment that
    /// later merges rewrite, and the writer does some work once per transaction, so 1,024
    /// imported 10,000 articles a third faster than 256, and 2,048 100,000 articles 6% and 12%
    /// faster than 1,024 in two pairs of runs (see "Import: a bulk load defers the index's
    /// merges" in `DECISIONS.md`).
    public static let batchSize = 2_048

    /// Article text stored in one transaction at most (8 MB): a batch ends early at this much,
    /// so that a transaction stays a fraction of a second and a reader's bookmark, waiting for
    /// the write lock, gets in between two batches.
    public static let batchBytes = 8 << 20

    let archive: Archive
    /// The format every input is read as; `nil` detects each input's format.
    public var format: InputFormat?
    /// Fetches inputs that are http(s) addresses.
    public var fetcher: ArticleFetcher
    /// Tags every imported article gets (and every duplicate already in the archive), each
    /// checked by `TagName.normalised`.
    public var tags: [String] = []
    /// Whether the import is a bulk load, presumed from its inputs by whoever starts it
    /// (`Archive.presumesBulkLoad(inputs:)`): its transactions then defer the search
    /// index's merges (`Archive.writeArticles(deferringIndexMerges:)`), and the caller must end
    /// it with `Archive.mergeSearchIndexAfterImport(imported:mergesDeferred:)`.
    public var bulkLoad = false

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
        try parse(bytes, source: source, format: format, contentType: contentType).articles
    }

    /// Decodes the bytes of one input (`DecodedText`: declared encoding, byte order mark,
    /// UTF-8, detector) and parses the text as `format` (detected when `nil`).
    public static func parse(
        _ bytes: [UInt8], source: String?, format: InputFormat? = nil, contentType: String? = nil
    ) throws(ImportError) -> ParsedInput {
        let format = try Self.format(format, of: bytes, source: source, contentType: contentType)
        let document: DecodedText
        switch format {
        case .text, .markdown:
            do { document = try PlainTextParser.decode(bytes) } catch { throw .input(error) }
        case .html:
            document = try HTMLArticleExtractor.decode(bytes, contentType: contentType)
        case .rss, .atom:
            document = try XMLFeedReader.decode(bytes, format: format, contentType: contentType)
        case .jsonFeed:
            // JSON is UTF-8 (or UTF-16/32, which JSONSerialization tells apart itself).
            return ParsedInput(
                format: format, articles: try FeedParser.articles(from: bytes, format: format, source: source))
        }
        let articles: [Article]
        switch format {
        case .text:
            do { articles = [try PlainTextParser.parse(text: document.text, source: source)] } catch {
                throw .input(error)
            }
        case .markdown:
            articles = [try MarkdownArticleParser.parse(text: document.text, source: source)]
        case .html:
            articles = [try HTMLArticleExtractor.article(from: document.text, source: source)]
        case .rss, .atom, .jsonFeed:
            articles = try FeedParser.articles(fromXML: document.text, format: format, source: source)
        }
        return ParsedInput(format: format, articles: articles, assumedEncoding: document.assumedEncoding)
    }

    /// `format` when one was chosen, else the format detected from the input (`??` would
    /// lose the detector's typed error).
    static func format(_ format: InputFormat?, of bytes: [UInt8], source: String?, contentType: String?)
        throws(ImportError) -> InputFormat
    {
        if let format { return format }
        return try InputFormatDetector.detect(bytes, path: source, contentType: contentType)
    }

    /// Reads or fetches one input (a path, `-` for standard input, or an http(s) address)
    /// and parses it; returns the format it was read as and its articles.
    public func read(_ input: String) throws(ImportError) -> ParsedInput {
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
        return try Self.parse(bytes, source: source, format: format, contentType: contentType)
    }

    /// Imports `inputs` (paths, `-` for standard input, http(s) addresses); `progress` sees
    /// (done, total) after each input.
    public func importFiles(_ inputs: [String], progress: (Int, Int) -> Void = { _, _ in }) -> ImportReport {
        let importer = self
        let read: @Sendable (String) throws(ImportError) -> ParsedInput = { input throws(ImportError) in
            try importer.read(input)
        }
        return importInputs(inputs, name: { inputs[$0] }, progress: progress, read: read)
    }

    /// Imports documents already in memory, each read as `format` or detected from its
    /// content and source name.
    public func importDocuments(_ documents: [(source: String, bytes: [UInt8])]) -> ImportReport {
        importDocuments(count: documents.count, source: { documents[$0].source }, bytes: { documents[$0].bytes })
    }

    /// Imports `count` documents that `bytes` hands over by index on the preparing threads,
    /// as reading files does, each read as `format` or detected from its content and
    /// `source(index)`; `progress` sees (done, total) after each. One run of the pipeline
    /// however many there are: the benchmark times the whole import path with it, its
    /// generated articles in a file rather than in memory (`GeneratedArticles`).
    public func importDocuments(
        count: Int, source: @escaping @Sendable (Int) -> String, bytes: @escaping @Sendable (Int) -> [UInt8],
        progress: (Int, Int) -> Void = { _, _ in }
    ) -> ImportReport {
        let format = format
        let read: @Sendable (Int) throws(ImportError) -> ParsedInput = { index throws(ImportError) in
            try Self.parse(bytes(index), source: source(index), format: format)
        }
        return importInputs(Array(0..<count), name: source, progress: progress, read: read)
    }

    /// Imports already parsed articles under one input name (used by tests).
    public func importArticles(_ articles: [Article], input: String, format: InputFormat = .text) -> ImportReport {
        importInputs(
            [articles], name: { _ in input }, read: { articles in ParsedInput(format: format, articles: articles) })
    }

    /// The article text an input prepared for storage holds, in UTF-8 bytes (none for a
    /// failed one): what bounds a transaction and the inputs prepared ahead of it.
    private static func textBytes(_ prepared: Result<PreparedInput, ImportError>) -> Int {
        guard case .success(let input) = prepared else { return 0 }
        return input.articles.reduce(0) { $0 + $1.bodyBytes }
    }

    /// The import path every entry point shares: `read` and the analyser run on the other
    /// cores (`PreparationPipeline`) while this thread stores each batch of `batchSize`
    /// inputs (or `batchBytes` of text) in one transaction, begun once the batch is prepared.
    /// When a transaction fails, every input of its batch fails. `name` gives the name of the
    /// input at an index, for the report.
    private func importInputs<Input: Sendable>(
        _ inputs: [Input], name: (Int) -> String, progress: (Int, Int) -> Void = { _, _ in },
        read: @escaping @Sendable (Input) throws(ImportError) -> ParsedInput
    ) -> ImportReport {
        let importedAt = Date()
        let tags = tags
        let pipeline = PreparationPipeline(inputs: inputs, weight: Self.textBytes) { input in
            Result { () throws(ImportError) in
                var parsed = try read(input)
                // Each article is handed over as the only copy, so that its paragraphs are
                // freed once joined (`PreparedArticle`).
                var articles = parsed.articles
                parsed.articles = []
                var prepared: [PreparedArticle] = []
                prepared.reserveCapacity(articles.count)
                for index in articles.indices {
                    let article = articles[index]
                    articles[index].paragraphs = []
                    prepared.append(
                        PreparedArticle(consume article, importedAt: importedAt, analyse: QuoteAnalyzer.annotate))
                }
                FreedMemory.release(afterPreparing: prepared.reduce(0) { $0 + $1.bodyBytes })
                return PreparedInput(format: parsed.format, articles: prepared, assumedEncoding: parsed.assumedEncoding)
            }
        }
        var report = ImportReport()
        var done = 0
        while done < inputs.count {
            // The batch is prepared before its transaction begins: reading, fetching and analysis
            // can take seconds, and a transaction open while they run kept every other writer
            // (a bookmark pressed in the reader) waiting.
            var batch = ImportReport()
            // Each input by its index: its name is made only for a report that names it.
            var ready: [(index: Int, entry: PreparedInput)] = []
            var bytes = 0
            let batchEnd = min(done + Self.batchSize, inputs.count)
            while done < batchEnd, bytes < Self.batchBytes, let prepared = pipeline.next() {
                let index = done
                done += 1
                progress(done, inputs.count)
                switch prepared {
                case .failure(let error):
                    batch.failures.append(.init(input: name(index), error: error))
                case .success(let entry):
                    if let encoding = entry.assumedEncoding {
                        batch.assumedEncodings.append(.init(input: name(index), encoding: encoding))
                    }
                    ready.append((index, entry))
                    bytes += Self.textBytes(prepared)
                }
            }
            do throws(ArchiveError) {
                var stored = ImportReport()
                try archive.writeArticles(deferringIndexMerges: bulkLoad) { writer in
                    for (_, entry) in ready {
                        for article in entry.articles {
                            switch try writer.insert(article) {
                            case .imported(let id):
                                stored.imported.append(id)
                                try writer.tag(id, with: tags)
                            case .duplicate(let id):
                                stored.duplicates.append(id)
                                try writer.tag(id, with: tags)
                            case .removed: stored.previouslyRemoved += 1
                            }
                        }
                        stored.formats[entry.format, default: .init()].inputs += 1
                        stored.formats[entry.format, default: .init()].articles += entry.articles.count
                    }
                }
                batch.add(stored)
            } catch {
                // When the transaction fails, every input it was to store fails with it.
                batch.failures += ready.map { .init(input: name($0.index), error: .archive(error)) }
            }
            report.add(batch)
        }
        return report
    }
}
