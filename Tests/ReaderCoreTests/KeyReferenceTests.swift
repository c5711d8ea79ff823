import Foundation
import ReaderCore
import TestSupport
import Testing

/// `docs/keys.md` is what the action, key and role tables generate (re-record with
/// DATELINE_RECORD_GOLDENS=1).
@Suite("Key reference")
struct KeyReferenceTests {
    @Test("docs/keys.md matches the tables")
    func upToDate() {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/keys.md")
        let mismatch = GoldenFile.mismatch(ConfigReference.keysMarkdown(), file: url)
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
    }

    @Test("every action and role is in the reference")
    func complete() {
        let markdown = ConfigReference.keysMarkdown()
        for action in Action.allCases { #expect(markdown.contains("| `\(action.configName)` |")) }
        for role in Role.allCases { #expect(markdown.contains("| `\(role.configName)` |")) }
    }
}
