import Foundation

/// What `PreparationPipeline`'s threads share: the inputs, the outputs prepared and not yet
/// handed out (a ring of `maximumInputsAhead` slots, in input order), and the bounds that make
/// the preparing threads wait.
final class PreparationBuffer<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let inputs: [Input]
    /// Dropped by `stopAndWait()`, so that what it holds (the importer, its archive) is
    /// released when the pipeline is, not when its threads end.
    private var prepare: (@Sendable (Input) -> Output)?
    private let weight: @Sendable (Output) -> Int
    private let maximumInputsAhead: Int
    private let maximumBytesAhead: Int
    /// Guards every variable below; preparing threads wait on it for room, the writer for
    /// its next output.
    private let condition = NSCondition()
    /// The output of input `index` is at `index % slots.count` from when it is prepared
    /// until it is handed out.
    private var slots: [(output: Output, weight: Int)?]
    /// The next input a preparing thread takes.
    private var nextStarted = 0
    /// The next input whose output `take()` hands out.
    private var nextTaken = 0
    /// The weight of the outputs prepared and not yet handed out.
    private var bytesAhead = 0
    /// The inputs being prepared.
    private var working = 0
    private var stopped = false

    init(
        inputs: [Input], maximumInputsAhead: Int, maximumBytesAhead: Int,
        weight: @escaping @Sendable (Output) -> Int, prepare: @escaping @Sendable (Input) -> Output
    ) {
        self.inputs = inputs
        self.prepare = prepare
        self.weight = weight
        self.maximumInputsAhead = max(1, maximumInputsAhead)
        self.maximumBytesAhead = max(1, maximumBytesAhead)
        slots = Array(repeating: nil, count: min(self.maximumInputsAhead, max(1, inputs.count)))
    }

    /// Prepares the inputs one after the other, as the bounds allow, until none is left or
    /// `stop()` is called: the work of one preparing thread.
    func prepareUntilDone() {
        while let index = start() {
            let (output, weight) = prepared(index)
            finish(index, output: output, weight: weight)
        }
    }

    /// The output of input `index` and its weight; the reference to `prepare` taken for it
    /// ends with this call, before `finish` counts the input done.
    private func prepared(_ index: Int) -> (Output, Int) {
        let prepare = condition.withLock { self.prepare! }
        let output = prepare(inputs[index])
        return (output, weight(output))
    }

    /// The next output in input order, once prepared; `nil` after the last one.
    ///
    /// When no preparing thread has begun that input yet, the calling thread prepares it
    /// itself rather than wait: the threads are one fewer than the cores
    /// (`PreparationPipeline.defaultThreads`), and on a busy machine they may get no core for
    /// a while.
    func take() -> Output? {
        condition.lock()
        guard nextTaken < inputs.count else {
            condition.unlock()
            return nil
        }
        if nextStarted == nextTaken && !stopped {
            let index = nextTaken
            nextStarted += 1
            nextTaken += 1
            working += 1
            condition.unlock()
            let (output, _) = prepared(index)
            condition.lock()
            working -= 1
            condition.broadcast()
            condition.unlock()
            return output
        }
        defer { condition.unlock() }
        let slot = nextTaken % slots.count
        while slots[slot] == nil { condition.wait() }
        let (output, weight) = slots[slot]!
        slots[slot] = nil
        nextTaken += 1
        bytesAhead -= weight
        condition.broadcast()
        return output
    }

    /// Makes the preparing threads stop, waits for the inputs they are preparing, and drops
    /// `prepare`.
    func stopAndWait() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while working > 0 { condition.wait() }
        prepare = nil
    }

    /// The index of the next input to prepare, once the bounds leave room for it; `nil` when
    /// none is left or the pipeline is stopped.
    private func start() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && nextStarted < inputs.count
            && (nextStarted - nextTaken >= slots.count || bytesAhead >= maximumBytesAhead)
        {
            condition.wait()
        }
        guard !stopped && nextStarted < inputs.count else { return nil }
        working += 1
        defer { nextStarted += 1 }
        return nextStarted
    }

    /// Keeps the output of input `index` for `take()`.
    private func finish(_ index: Int, output: Output, weight: Int) {
        condition.lock()
        slots[index % slots.count] = (output, weight)
        bytesAhead += weight
        working -= 1
        condition.broadcast()
        condition.unlock()
    }
}
