import Foundation

extension Fixtures {
    /// Writes the fixture `name` to a new file in the temporary folder and returns its path,
    /// for code that reads paths; the file keeps the fixture's extension.
    public static func temporaryCopy(_ name: String) throws -> String {
        let file = "dateline-\(UUID())-" + name.replacingOccurrences(of: "/", with: "-")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(file).path
        try Data(bytes(name)).write(to: URL(fileURLWithPath: path))
        return path
    }
}
