import ReaderCore
import TestSupport
import Testing

/// Expects `screen`, as golden text, to equal the golden file `name` in the `Goldens` folder
/// next to the calling test file; `marking` adds a line under each row that marks the cells
/// of those roles (see `ScreenText.golden`). Re-record with `DATELINE_RECORD_GOLDENS=1`.
func expectGolden(
    _ screen: Screen, _ name: String, marking: [Role: Character] = [:], testFile: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let text = marking.isEmpty ? ScreenText.golden(screen) : ScreenText.golden(screen, marking: marking)
    let mismatch = GoldenFile.mismatch(text, name: name, testFile: testFile)
    #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""), sourceLocation: sourceLocation)
}
