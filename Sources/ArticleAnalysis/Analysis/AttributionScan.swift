/// Where `AttributionFinder` is in the token stream, and what it has found so far: the state
/// every `AttributionRule` reads and extends.
struct AttributionScan {
    /// The token being read.
    var index = 0
    /// The first quotation that does not end before the token read.
    var nextQuotation = 0
    /// The attributions found so far, in text order of their cues.
    var found: [FoundAttribution] = []
}
