/// An attribution found in the token stream, in token indices: the cue and, when found, the
/// source mention.
struct FoundAttribution: Sendable, Equatable {
    /// First and last token of the cue ("said", "according to").
    var cue: ClosedRange<Int>
    /// First and last token of the source ("four sources", "he"), if found.
    var source: ClosedRange<Int>?
    /// The kind of the cue in `ReportingVerbs`.
    var kind: ReportingVerbs.Kind
}
