import Foundation

/// The project's own fixture articles, for tests.
public enum Fixtures {
    /// The bytes of the fixture file `name` (e.g. `seed-like.txt`).
    public static func bytes(_ name: String) -> [UInt8] {
        let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!
        return Array(try! Data(contentsOf: url))
    }
}
