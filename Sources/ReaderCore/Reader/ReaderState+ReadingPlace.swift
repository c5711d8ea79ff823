extension ReaderState {
    /// Stores where the open article is being read, if one is open.
    var savePositionEffects: [ReaderEffect] {
        guard let article else { return [] }
        return [.saveReadingPosition(id: article.document.articleID, offset: article.readingPosition)]
    }

    /// Quitting: store the reading position and the article and pane to reopen on, then quit.
    var quitEffects: [ReaderEffect] {
        savePositionEffects + [.rememberPlace(articleID: article?.document.articleID, focus: focus), .quit]
    }
}
