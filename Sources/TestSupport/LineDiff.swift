/// A readable line-by-line comparison of two texts, for test failure messages.
public enum LineDiff {
    /// `nil` when the texts are equal; otherwise the differing lines, numbered, as
    /// `-expected` / `+actual` pairs.
    public static func describe(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        var report = ["texts differ (- expected, + actual):"]
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let old = index < expectedLines.count ? expectedLines[index] : nil
            let new = index < actualLines.count ? actualLines[index] : nil
            guard old != new else { continue }
            report.append("line \(index + 1) - \(old ?? "(no line)")")
            report.append("line \(index + 1) + \(new ?? "(no line)")")
        }
        return report.joined(separator: "\n")
    }
}
