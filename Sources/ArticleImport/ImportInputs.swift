/// The inputs of one import run once its folders are walked: the files, addresses and `-`
/// to read, how many other files the folders held, and the folders that could not be walked.
public struct ImportInputs: Equatable, Sendable {
    /// Files, http(s) addresses and `-`, in the order they are read.
    public var paths: [String] = []
    /// Files inside folders that are not articles (see `InputDirectory`).
    public var skipped = 0
    /// Inputs that could not be listed (a missing path, an unreadable folder).
    public var failures: [ImportReport.Failure] = []

    /// Expands `inputs`: with `recursive`, a folder becomes the article files below it;
    /// standard input, addresses and (without `recursive`) every input stay as given.
    public init(_ inputs: [String], recursive: Bool) {
        for input in inputs {
            guard recursive, input != "-", !ArticleFetcher.isAddress(input) else {
                paths.append(input)
                continue
            }
            do {
                let found = try InputDirectory.files(in: input)
                paths += found.files
                skipped += found.skipped
            } catch {
                failures.append(.init(input: input, error: error))
            }
        }
    }
}
