import Foundation

/// Runs blocking jobs (HTTP requests) on a bounded number of threads, with at most a few at
/// once for any one host, so that refreshing many feeds neither opens hundreds of
/// connections nor hammers one server.
///
/// Jobs start in the order given, except that a job whose host is at its limit waits while
/// later jobs for other hosts go ahead.
struct HostLimitedPool: Sendable {
    /// Jobs running at once, in all.
    var total: Int
    /// Jobs running at once for one host.
    var perHost: Int

    /// The result of `body` for each of `items`, in their order; `host` names each item's
    /// host, and `progress` sees (done, total) after each job, one call at a time.
    func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], host: (Item) -> String, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
        run body: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let queue = PoolQueue<Result>(hosts: items.map(host), perHost: max(1, perHost))
        let group = DispatchGroup()
        for _ in 0..<min(max(1, total), items.count) {
            group.enter()
            let worker = Thread {
                while let index = queue.next() {
                    let result = body(items[index])
                    queue.finish(index, result, progress: progress)
                }
                group.leave()
            }
            worker.start()
        }
        group.wait()
        return queue.results
    }
}
