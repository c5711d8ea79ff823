import ArchiveStore
import ArticleAnalysis

/// Something that happened to the reader: input from the terminal or the result of an effect.
public enum ReaderEvent: Sendable {
    /// A key press; the keymap turns it into an action.
    case key(Key)
    /// An action, already decided.
    case action(Action)
    case mouse(MouseEvent)
    /// The terminal has a new size.
    case resize(TerminalSize)
    /// A page of the list arrived; `total` is the archive's article count.
    case rowsLoaded(ListPage, [ArticleSummary], total: Int)
    /// An article asked for with `ReaderEffect.openArticle` arrived, analysed.
    case articleLoaded(ArticleRecord, Annotations)
    /// A page of speakers asked for with `ReaderEffect.loadSpeakers` arrived.
    case speakersLoaded(filter: String, offset: Int, [Speaker])
    /// A page of articles asked for with `ReaderEffect.loadSpeakerArticles` arrived.
    case speakerArticlesLoaded(key: String, offset: Int, [SpeakerArticle])
    /// An effect failed; the message is for the status line.
    case failed(String)
}
