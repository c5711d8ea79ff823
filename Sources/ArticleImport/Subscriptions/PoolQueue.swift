import Foundation

/// The shared state of a `HostLimitedPool` run: which jobs wait, how many run per host, and
/// the results so far, behind one condition lock.
final class PoolQueue<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let hosts: [String]
    private let perHost: Int
    // Guarded by `condition`.
    private var waiting: [Int]
    private var running: [String: Int] = [:]
    private var done: [Result?]
    private var finished = 0

    init(hosts: [String], perHost: Int) {
        self.hosts = hosts
        self.perHost = perHost
        waiting = Array(hosts.indices)
        done = Array(repeating: nil, count: hosts.count)
    }

    /// The index of the next job to run, waiting while every waiting job's host is at its
    /// limit; `nil` when no job waits.
    func next() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !waiting.isEmpty {
            if let position = waiting.firstIndex(where: { running[hosts[$0], default: 0] < perHost }) {
                let index = waiting.remove(at: position)
                running[hosts[index], default: 0] += 1
                return index
            }
            condition.wait()
        }
        return nil
    }

    /// Stores the result of job `index` and lets a job of its host start.
    func finish(_ index: Int, _ result: Result, progress: (Int, Int) -> Void) {
        condition.lock()
        defer { condition.unlock() }
        done[index] = result
        running[hosts[index], default: 1] -= 1
        finished += 1
        progress(finished, hosts.count)
        condition.broadcast()
    }

    /// Every job's result, once all have finished.
    var results: [Result] {
        condition.lock()
        defer { condition.unlock() }
        return done.compactMap { $0 }
    }
}
