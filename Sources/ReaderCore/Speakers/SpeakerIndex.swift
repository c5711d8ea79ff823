import ArchiveStore

/// The archive's speaker index in the list pane: speakers matching the typed filter, most
/// quoted first; once one is chosen, the articles quoting them.
public struct SpeakerIndex: Equatable, Sendable {
    /// What the index shows.
    public enum Level: Equatable, Sendable {
        /// Every speaker matching the filter.
        case speakers
        /// The articles quoting one speaker.
        case articles(Speaker)
    }

    /// Lines above the rows: the title and the column headings.
    public static let headerLines = 2

    public var level: Level = .speakers
    /// What has been typed: speakers whose name contains it are listed.
    public private(set) var filter = ""
    public var speakers = PagedRows<Speaker>()
    public var articles = PagedRows<SpeakerArticle>()
    /// The key of the speaker whose first quote to show once the article being opened arrives.
    public var pendingJump: String?

    public init() {}

    /// Sets the filter and forgets the speakers loaded for the old one.
    public mutating func setFilter(_ text: String) {
        filter = text
        speakers = PagedRows()
    }

    /// The speaker whose articles are listed, if any.
    public var chosenSpeaker: Speaker? {
        if case .articles(let speaker) = level { return speaker }
        return nil
    }
}
