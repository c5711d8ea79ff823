/// The figures of an evaluation run as the text `dateline-eval` prints, one per line, with the
/// same names and rounding as `score-quotes`.
public struct AccuracyReport: Sendable {
    public var score: AccuracyScore
    /// Article text analysed per second of CPU time, over every round.
    public var megabytesPerSecond: Double
    /// The same with each article timed by its fastest round, when there were several: other
    /// programs and the machine's own drift only ever add time.
    public var bestMegabytesPerSecond: Double?

    public init(score: AccuracyScore, megabytesPerSecond: Double, bestMegabytesPerSecond: Double? = nil) {
        self.score = score
        self.megabytesPerSecond = megabytesPerSecond
        self.bestMegabytesPerSecond = bestMegabytesPerSecond
    }

    /// The report, one `name: value` line per figure.
    public var text: String {
        var rows: [(String, String)] = [
            ("docs", "\(score.documents)"),
            ("quote_precision", Self.rounded(score.quotePrecision)),
            ("quote_recall", Self.rounded(score.quoteRecall)),
            ("quote_f1", Self.rounded(score.quoteF1)),
            ("quote_tp", "\(score.quoteTruePositives)"),
            ("quote_fp", "\(score.quoteFalsePositives)"),
            ("quote_fn", "\(score.quoteFalseNegatives)"),
            ("ignored_in_mixed", "\(score.ignoredInMixed)"),
            ("speaker_accuracy", Self.rounded(score.speakerAccuracy)),
            ("speaker_checked", "\(score.speakersChecked)"),
            ("source_precision", Self.rounded(score.sourcePrecision)),
            ("source_recall", Self.rounded(score.sourceRecall)),
            ("source_f1", Self.rounded(score.sourceF1)),
            ("throughput_mb_s", Self.rounded(megabytesPerSecond, places: 1)),
        ]
        if let bestMegabytesPerSecond {
            rows.append(("throughput_best_mb_s", Self.rounded(bestMegabytesPerSecond, places: 1)))
        }
        return Self.lines(rows)
    }

    /// `rows` as `name: value` lines, the names right-aligned in 20 columns.
    public static func lines(_ rows: [(String, String)]) -> String {
        rows.map { name, value in String(repeating: " ", count: max(0, 20 - name.count)) + name + ": " + value }
            .joined(separator: "\n")
    }

    /// `value` rounded to `places` decimals, without trailing zeros ("0.93", "0.9312").
    public static func rounded(_ value: Double, places: Int = 4) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded(.toNearestOrEven) / scale
        return "\(rounded)"
    }
}
