extension ReaderState {
    /// `u`: marks the article unread, or read again.
    mutating func toggleRead() -> [ReaderEffect] {
        guard let target = targetArticle else {
            status = StatusMessage("select an article first")
            return []
        }
        let read = !target.read
        list.update(id: target.id) { $0.read = read }
        updateTopmost(\.searchResults) { $0.update(id: target.id) { $0.read = read } }
        status = StatusMessage(read ? "marked read" : "marked unread")
        return [.setRead(id: target.id, read: read), .countUnread(filter: list.filter)]
    }
}
