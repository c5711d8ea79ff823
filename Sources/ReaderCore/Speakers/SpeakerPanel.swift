/// The speakers panel of the open article: which entry of `ArticleDocument.speakers` is
/// selected. Its quotes are highlighted in the article while the panel is open.
public struct SpeakerPanel: Hashable, Sendable {
    /// The selected entry.
    public var selected = 0

    public init(selected: Int = 0) {
        self.selected = selected
    }
}
