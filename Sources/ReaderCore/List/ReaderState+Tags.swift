import ArchiveStore

extension ReaderState {
    /// `T`: opens the tag prompt on the selected (or open) article, holding its tags, and
    /// asks for the archive's tags to complete from.
    mutating func editTags() -> [ReaderEffect] {
        guard let target = targetArticle else {
            status = StatusMessage("select an article first")
            return []
        }
        let header = article?.document.articleID == target.id ? article?.header : nil
        let tags = header?.tags ?? target.tags
        enter(.prompt(Prompt(purpose: .tags(articleID: target.id), text: tags.joined(separator: " "))))
        return [.loadTagNames]
    }

    /// Tab in the tag prompt: completes the tag being typed from the archive's tags; when
    /// several fit, the status line lists them.
    mutating func completeTag(in prompt: inout Prompt) {
        let matches = prompt.completeWord(from: tagNames)
        switch matches.count {
        case 0: status = StatusMessage(tagNames.isEmpty ? "no tags yet" : "no tag starts so")
        case 1: status = nil
        default: status = StatusMessage(matches.joined(separator: " "))
        }
    }

    /// The archive gave the article `id` the tags `tags`: its list row, search result and
    /// header show them.
    mutating func showTags(id: Int64, tags: [String]) {
        if article?.document.articleID == id, var header = article?.header {
            header.tags = tags
            scrollArticle { $0.show(header) }
        }
        list.update(id: id) { $0.tags = tags }
        updateTopmost(\.searchResults) { $0.update(id: id) { $0.tags = tags } }
        status = StatusMessage(tags.isEmpty ? "no tags" : "tags: " + tags.joined(separator: " "))
    }
}
