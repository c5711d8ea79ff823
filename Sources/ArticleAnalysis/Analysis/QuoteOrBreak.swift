/// A quote mark or line break of a text, with how many words come before it: all that the
/// quote finder reads, so that it visits one token in fifty instead of every token.
struct QuoteOrBreak: Sendable {
    /// The token's index.
    var token: Int32
    /// The number of word tokens before it.
    var wordsBefore: Int32
}
