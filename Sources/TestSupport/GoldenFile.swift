import Foundation

/// Compares text with a golden file stored beside the tests, re-recording it on request.
///
/// Set `DATELINE_RECORD_GOLDENS=1` to write the actual text into the golden files instead
/// of comparing (then review the change with `git diff`), as swift-argument-parser's
/// snapshot tests do.
public enum GoldenFile {
    /// The environment variable that switches to recording.
    public static let recordVariable = "DATELINE_RECORD_GOLDENS"

    /// `nil` when `actual` equals the golden file `name` in the `Goldens` folder next to
    /// `testFile` (pass `#filePath`); otherwise why not, with a line diff.
    public static func mismatch(_ actual: String, name: String, testFile: String) -> String? {
        let url = URL(fileURLWithPath: testFile).deletingLastPathComponent()
            .appendingPathComponent("Goldens").appendingPathComponent(name)
        return mismatch(actual, file: url)
    }

    /// `nil` when `actual` equals the file at `url`; otherwise why not, with a line diff.
    public static func mismatch(_ actual: String, file url: URL) -> String? {
        let name = url.lastPathComponent
        if ProcessInfo.processInfo.environment[recordVariable] != nil {
            do {
                try Data(actual.utf8).write(to: url)
                return nil
            } catch {
                return "cannot record \(url.path): \(error)"
            }
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "no golden file \(url.path); run the tests with \(recordVariable)=1 to record it"
        }
        guard let diff = LineDiff.describe(expected: String(decoding: data, as: UTF8.self), actual: actual) else {
            return nil
        }
        return "\(name): \(diff)\n(if the change is intended, re-record with \(recordVariable)=1)"
    }
}
