/// Which side of an article a page of summaries lies on, in the list's newest-first order.
public enum SummaryDirection: Sendable {
    /// Older articles (smaller ids), from the next older one down; without an article, the
    /// newest page.
    case older
    /// Newer articles (larger ids): the page just above the article, still newest first;
    /// without an article, the oldest page.
    case newer
}
