import ArchiveStore

extension ReaderState {
    /// `S`: opens the archive's speaker index in the list pane.
    mutating func openSpeakerIndex() -> [ReaderEffect] {
        focusListPane()
        if mode.speakerIndex != nil {
            replaceMode(with: .speakerIndex(SpeakerIndex()))
        } else {
            enter(.speakerIndex(SpeakerIndex()))
        }
        return [.loadSpeakers(filter: "", offset: 0)]
    }

    /// A key while the speaker index lists speakers: typed characters and Backspace change
    /// the filter. `nil` for other keys, and when the index does not have the keys.
    mutating func filterSpeakerIndex(_ key: Key) -> [ReaderEffect]? {
        guard var index = mode.speakerIndex, index.level == .speakers else { return nil }
        switch key {
        case .character(let character):
            index.setFilter(index.filter + String(character))
        case .backspace:
            guard !index.filter.isEmpty else { return [] }
            index.setFilter(String(index.filter.dropLast()))
        default:
            return nil
        }
        replaceMode(with: .speakerIndex(index))
        return [.loadSpeakers(filter: index.filter, offset: 0)]
    }

    /// An action while the speaker index has the keys: move, choose a speaker or open an
    /// article, go back.
    mutating func performInSpeakerIndex(_ action: Action, _ index: SpeakerIndex) -> [ReaderEffect] {
        if let effects = performInIndexPane(action) { return effects }
        var index = index
        let height = max(1, listHeight - SpeakerIndex.headerLines)
        let delta: Int
        switch action {
        case .top: delta = Int.min / 2
        case .bottom: delta = Int.max / 2
        case .open:
            return chooseInSpeakerIndex(index)
        case .back, .quitOrBack, .speakerIndex:
            if index.level == .speakers {
                leaveMode()
            } else {
                index.level = .speakers
                replaceMode(with: .speakerIndex(index))
            }
            return []
        default:
            guard let distance = action.moveDistance(height: height) else { return [] }
            delta = distance
        }
        let effects: [ReaderEffect]
        switch index.level {
        case .speakers:
            let page = index.speakers.move(by: delta, height: height)
            effects = page.map { [.loadSpeakers(filter: index.filter, offset: $0)] } ?? []
        case .articles(let speaker):
            let page = index.articles.move(by: delta, height: height)
            effects = page.map { [.loadSpeakerArticles(key: speaker.key, offset: $0)] } ?? []
        }
        replaceMode(with: .speakerIndex(index))
        return effects
    }

    /// `Enter` in the index: lists the selected speaker's articles, or opens the selected
    /// article at the speaker's first quote.
    private mutating func chooseInSpeakerIndex(_ index: SpeakerIndex) -> [ReaderEffect] {
        var index = index
        switch index.level {
        case .speakers:
            guard let speaker = index.speakers.selectedRow else { return [] }
            index.level = .articles(speaker)
            index.articles = PagedRows()
            replaceMode(with: .speakerIndex(index))
            return [.loadSpeakerArticles(key: speaker.key, offset: 0)]
        case .articles(let speaker):
            guard let row = index.articles.selectedRow else { return [] }
            if article?.document.articleID == row.articleID {
                focusArticle()
                jumpToSpeaker(key: speaker.key, name: speaker.name)
                return []
            }
            index.pendingJump = speaker.key
            replaceMode(with: .speakerIndex(index))
            focusArticle()
            return [.openArticle(id: row.articleID)]
        }
    }

    /// Takes in a page of speakers, unless the filter changed since it was asked for.
    mutating func receiveSpeakers(filter: String, offset: Int, _ speakers: [Speaker]) {
        guard speakerIndex?.filter == filter else { return }
        updateTopmost(\.speakerIndex) { $0.speakers.receive(speakers, offset: offset) }
    }

    /// Takes in a page of a speaker's articles, unless another speaker is chosen now.
    mutating func receiveSpeakerArticles(key: String, offset: Int, _ articles: [SpeakerArticle]) {
        guard speakerIndex?.chosenSpeaker?.key == key else { return }
        updateTopmost(\.speakerIndex) { $0.articles.receive(articles, offset: offset) }
    }

    /// After an article opened: closes its predecessor's speakers panel and, when the speaker
    /// index opened it, moves to the chosen speaker's first quote.
    mutating func articleDidOpen() {
        removeModes { $0.speakerPanel != nil }
        guard let index = speakerIndex, let key = index.pendingJump else { return }
        updateTopmost(\.speakerIndex) { $0.pendingJump = nil }
        jumpToSpeaker(key: key, name: index.chosenSpeaker?.name ?? key)
    }

    /// Limits `]`/`[` to the named speaker with `key` and moves to their first quote.
    private mutating func jumpToSpeaker(key: String, name: String) {
        guard let open = article, let entry = open.document.speakers.namedEntry(key: key) else {
            status = StatusMessage("\(name) is not quoted in this article any more")
            return
        }
        chooseSpeaker(entry)
    }
}
