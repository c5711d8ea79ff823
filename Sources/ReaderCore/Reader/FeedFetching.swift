/// Fetches the subscribed feeds for the reader, in the background: called on the reader's
/// thread, it starts the work elsewhere and returns at once; the work reports with
/// `progress(done, total)` and ends with exactly one call of `finished(summary, failed)`.
///
/// The reader knows nothing of fetching (`ReaderCore` never imports the importers): the
/// executable passes in the refresher.
public typealias FeedFetching =
    @Sendable (
        _ progress: @escaping @Sendable (Int, Int) -> Void,
        _ finished: @escaping @Sendable (String, Bool) -> Void
    ) -> Void
