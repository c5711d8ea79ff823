/// One block of a Markdown document, reduced to plain text.
struct MarkdownBlock: Equatable {
    var text: String
    /// Whether the block is a heading (`# Title` or a setext underline).
    var isHeading: Bool = false
}
