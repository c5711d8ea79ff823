import ArticleAnalysis
import Foundation

/// The sample articles bundled with Dateline, written for the project, which fill a new
/// default archive so that a first `dateline` has something to read.
public enum SampleArticles {
    /// The samples, parsed, in file-name order.
    public static func all() -> [Article] {
        files.compactMap { name, bytes in
            try? PlainTextParser.parse(bytes: bytes, source: "sample:" + name)
        }
    }

    /// Every file of `Samples/`, embedded in the binary so an installed `dateline` has them.
    /// `SampleArticlesTests` checks that this list names every file of the folder.
    static let files: [(name: String, bytes: [UInt8])] = [
        ("00-test.txt", PackageResources._0_test_txt)
    ]

    /// Imports every sample into `archive`.
    public static func fill(_ archive: Archive) throws(ArchiveError) {
        _ = try archive.insert(all())
    }
}
