import ArticleAnalysis

/// Imports files into an archive: reads, parses, analyses and stores them in batches.
///
/// Each batch is one transaction, so an interrupted import leaves only whole articles and a
/// second run adds the rest (the content hash makes it idempotent).
public struct ArticleImporter: Sendable {
    /// Inputs parsed before they are written in one transaction.
    public static let batchSize = 256

    let archive: Archive

    public init(archive: Archive) {
        self.archive = archive
    }

    /// Turns the bytes of one input into its articles.
    public static func articles(from bytes: [UInt8], source: String?) throws(ImportError) -> [Article] {
        do {
            return [try PlainTextParser.parse(bytes: bytes, source: source)]
        } catch {
            throw .input(error)
        }
    }

    /// Imports `paths` (`-` reads standard input); `progress` sees (done, total) after each batch.
    public func importFiles(_ paths: [String], progress: (Int, Int) -> Void = { _, _ in }) -> ImportReport {
        var report = ImportReport()
        var batch: [(input: String, articles: [Article])] = []
        for (index, path) in paths.enumerated() {
            do {
                let bytes = try InputFile.read(path)
                let source = path == "-" ? nil : path
                batch.append((path, try Self.articles(from: bytes, source: source)))
            } catch {
                report.failures.append(.init(input: path, error: error))
            }
            if batch.count == Self.batchSize || index == paths.count - 1 {
                store(batch, into: &report)
                batch.removeAll(keepingCapacity: true)
                progress(index + 1, paths.count)
            }
        }
        return report
    }

    /// Imports already parsed articles under one input name (used by `--format` readers and tests).
    public func importArticles(_ articles: [Article], input: String) -> ImportReport {
        var report = ImportReport()
        store([(input, articles)], into: &report)
        return report
    }

    private func store(_ batch: [(input: String, articles: [Article])], into report: inout ImportReport) {
        guard !batch.isEmpty else { return }
        do {
            let outcomes = try archive.insert(batch.flatMap(\.articles))
            for outcome in outcomes {
                switch outcome {
                case .imported(let id): report.imported.append(id)
                case .duplicate(let id): report.duplicates.append(id)
                }
            }
        } catch {
            for entry in batch { report.failures.append(.init(input: entry.input, error: .archive(error))) }
        }
    }
}
