import Foundation

/// What the extracted text of one saved page must and must not contain: the unit of
/// `dateline-eval --extract`, read from a JSON array of
/// `{"file": NAME, "with": [SNIPPET...], "without": [SNIPPET...]}` objects.
public struct ExtractionExpectation: Decodable, Equatable, Sendable {
    /// The page's file name, relative to the pages directory.
    public var file: String
    /// Snippets of the article the extraction must keep.
    public var mustContain: [String]
    /// Snippets of page furniture the extraction must leave out.
    public var mustNotContain: [String]

    public init(file: String, mustContain: [String], mustNotContain: [String]) {
        self.file = file
        self.mustContain = mustContain
        self.mustNotContain = mustNotContain
    }

    enum CodingKeys: String, CodingKey {
        case file
        case mustContain = "with"
        case mustNotContain = "without"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        mustContain = try container.decodeIfPresent([String].self, forKey: .mustContain) ?? []
        mustNotContain = try container.decodeIfPresent([String].self, forKey: .mustNotContain) ?? []
    }

    /// The expectations of a JSON file, or `nil` when `data` is not an array of them.
    public static func list(from data: Data) -> [ExtractionExpectation]? {
        try? JSONDecoder().decode([ExtractionExpectation].self, from: data)
    }
}
