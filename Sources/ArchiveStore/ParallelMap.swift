import Dispatch
import Foundation

/// `map` spread over the processor's cores, results in input order.
enum ParallelMap {
    /// Inputs below this count are mapped on the calling thread: starting workers would
    /// cost more than it saves.
    static let minimumParallelCount = 8

    /// `inputs.map(transform)` on one thread per core (the calling one included).
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @escaping @Sendable (Input) -> Output
    ) -> [Output] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, inputs.count / minimumParallelCount)
        guard workers > 1 else { return inputs.map(transform) }
        let slots = Slots<Output>(count: inputs.count)
        let chunk = (inputs.count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (worker * chunk)..<min((worker + 1) * chunk, inputs.count)
            for index in range { slots.store(transform(inputs[index]), at: index) }
        }
        return slots.values()
    }

    /// `(first(), second())`, the two run at once on two threads (the calling one included).
    static func pair<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstSlot = Slots<First>(count: 1)
        let secondSlot = Slots<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstSlot.store(first(), at: 0) } else { secondSlot.store(second(), at: 0) }
        }
        return (firstSlot.values()[0], secondSlot.values()[0])
    }

    /// Result slots that workers fill at disjoint indices; read only after they all finish.
    private final class Slots<Output>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<Output?>

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            storage.deinitialize()
            storage.deallocate()
        }

        func store(_ value: Output, at index: Int) {
            storage[index] = value
        }

        func values() -> [Output] {
            storage.map { $0! }
        }
    }
}
