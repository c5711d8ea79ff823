import Foundation
import Testing

@testable import ArchiveStore

#if canImport(Glibc)
    import Glibc
#endif

/// `PreparationPipeline` prepares ahead of the writer, without being asked, up to its bounds.
@Suite("Preparation ahead of the writer")
struct PreparationPipelineTests {
    static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// Waits until `counter` has reached `minimum` and then stopped changing (no change for
    /// 300 ms; at most a minute each), and returns its value: a loaded machine may pause the
    /// preparing threads for a while before the bound stops them.
    static func settled(_ counter: CallCounter, reaching minimum: Int) -> Int {
        let deadline = Date().addingTimeInterval(60)
        while counter.value < minimum && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        var value = counter.value
        for _ in 0..<200 {
            Thread.sleep(forTimeInterval: 0.3)
            let now = counter.value
            if now == value { return value }
            value = now
        }
        return value
    }

    @Test("outputs come back in input order, whatever order they are prepared in")
    func inputOrder() {
        let inputs = Array(0..<600)
        let pipeline = PreparationPipeline(inputs: inputs, maximumInputsAhead: 7) { input in
            // Every fifth input takes longer, so that the next ones are prepared before it.
            if input % 5 == 0 { Thread.sleep(forTimeInterval: 0.000_5) }
            return "output \(input)"
        }
        var outputs: [String] = []
        while let output = pipeline.next() { outputs.append(output) }
        #expect(outputs == inputs.map { "output \($0)" })
        #expect(pipeline.next() == nil)
    }

    @Test("inputs are prepared before the writer asks, up to maximumInputsAhead and no further")
    func inputBound() {
        let started = CallCounter()
        let pipeline = PreparationPipeline(inputs: Array(0..<5_000), maximumInputsAhead: 3_000) { input in
            started.increment()
            return input
        }
        #expect(Self.settled(started, reaching: 3_000) == 3_000)
        for expected in 0..<1_000 { #expect(pipeline.next() == expected) }
        #expect(Self.settled(started, reaching: 4_000) == 4_000)
    }

    @Test("no input is started once the outputs waiting weigh maximumBytesAhead")
    func byteBound() {
        let started = CallCounter()
        // Each output weighs 1,000: the 101st is started with 100,000 waiting, not the 102nd
        // once it is done; one preparing thread per core may have started one before that.
        let pipeline = PreparationPipeline(
            inputs: Array(0..<5_000), maximumBytesAhead: 100_500, weight: { _ in 1_000 },
            prepare: { input in
                started.increment()
                return input
            })
        #expect((101...(100 + Self.cores)).contains(Self.settled(started, reaching: 101)))
        for expected in 0..<50 { #expect(pipeline.next() == expected) }
        #expect((151...(150 + Self.cores)).contains(Self.settled(started, reaching: 151)))
        var last = 49
        while let output = pipeline.next() {
            #expect(output == last + 1)
            last = output
        }
        #expect(last == 4_999)
    }

    @Test("an output heavier than the bound still comes through, one at a time per thread")
    func heavyOutputs() {
        let started = CallCounter()
        let pipeline = PreparationPipeline(
            inputs: Array(0..<40), maximumBytesAhead: 10, weight: { _ in 64 << 20 },
            prepare: { input in
                started.increment()
                return input
            })
        #expect((1...Self.cores).contains(Self.settled(started, reaching: 1)))
        var outputs: [Int] = []
        while let output = pipeline.next() { outputs.append(output) }
        #expect(outputs == Array(0..<40))
    }

    @Test("dropping the pipeline waits for the inputs being prepared and starts no other")
    func droppedPipeline() {
        let started = CallCounter()
        do {
            let pipeline = PreparationPipeline(inputs: Array(0..<10_000)) { input in
                started.increment()
                Thread.sleep(forTimeInterval: 0.001)
                return input
            }
            for expected in 0..<5 { #expect(pipeline.next() == expected) }
        }
        let atDrop = started.value
        #expect(Self.settled(started, reaching: atDrop) == atDrop)
    }

    /// What a preparation holds, to see when the pipeline lets go of it.
    final class Held: Sendable {}

    @Test("dropping the pipeline releases what its preparation holds, not its threads' ending")
    func releasesPreparation() {
        weak var released: Held?
        do {
            let held = Held()
            released = held
            let pipeline = PreparationPipeline(inputs: Array(0..<100)) { input in
                withExtendedLifetime(held) { Thread.sleep(forTimeInterval: 0.05) }
                return input
            }
            #expect(pipeline.next() == 0)
        }
        #expect(released == nil)
    }

    #if canImport(Glibc)
        @Test("inputs no preparing thread has begun are prepared by the writer, in order")
        func writerPrepares() {
            let writerThread = pthread_self()
            // One preparing thread, slow as one that gets no core: the writer does not wait
            // for it to begin the next input.
            let pipeline = PreparationPipeline(inputs: Array(0..<40), threads: 1) { input in
                let byWriter = pthread_self() == writerThread
                if !byWriter { Thread.sleep(forTimeInterval: 0.02) }
                return (input, byWriter)
            }
            var outputs: [(input: Int, byWriter: Bool)] = []
            while let output = pipeline.next() { outputs.append(output) }
            #expect(outputs.map(\.input) == Array(0..<40))
            #expect(outputs.filter(\.byWriter).count > 20)
        }
    #endif

    @Test("no inputs: nothing to hand out")
    func noInputs() {
        let pipeline = PreparationPipeline(inputs: [Int]()) { $0 }
        #expect(pipeline.next() == nil)
    }
}
