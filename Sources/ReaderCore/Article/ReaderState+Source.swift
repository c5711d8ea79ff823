import ArchiveStore

extension ReaderState {
    /// `o`: asks for the article's web address to be opened in a browser, or says why not.
    mutating func openSource() -> [ReaderEffect] {
        guard let target = targetArticle else {
            status = StatusMessage("select an article first")
            return []
        }
        guard let source = target.source, source.hasPrefix("http://") || source.hasPrefix("https://") else {
            status = StatusMessage("this article has no web address; it was imported from a file")
            return []
        }
        status = StatusMessage("opening \(source)")
        return [.openURL(source)]
    }
}
