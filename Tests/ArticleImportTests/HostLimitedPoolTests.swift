import Foundation
import Testing

@testable import ArticleImport

/// `HostLimitedPool`: results in order, and never more jobs at once than allowed.
@Suite struct HostLimitedPoolTests {
    /// Counts jobs running at once, in all and per host.
    final class Meter: @unchecked Sendable {
        private let lock = NSLock()
        private var running: [String: Int] = [:]
        private(set) var mostInAll = 0
        private(set) var mostPerHost = 0

        func enter(_ host: String) {
            lock.lock()
            running[host, default: 0] += 1
            mostInAll = max(mostInAll, running.values.reduce(0, +))
            mostPerHost = max(mostPerHost, running[host] ?? 0)
            lock.unlock()
        }

        func leave(_ host: String) {
            lock.lock()
            running[host, default: 0] -= 1
            lock.unlock()
        }
    }

    @Test func limitsHoldAndResultsKeepTheirOrder() {
        let hosts = ["a", "a", "a", "a", "a", "a", "b", "b", "c", "c", "c", "d"]
        let meter = Meter()
        let pool = HostLimitedPool(total: 4, perHost: 2)

        let results = pool.map(
            Array(hosts.enumerated()), host: { $0.element },
            run: { job in
                meter.enter(job.element)
                Thread.sleep(forTimeInterval: 0.02)
                meter.leave(job.element)
                return job.offset
            })

        #expect(results == Array(hosts.indices))
        #expect(meter.mostInAll <= 4 && meter.mostInAll >= 3)
        #expect(meter.mostPerHost == 2)
    }
}
