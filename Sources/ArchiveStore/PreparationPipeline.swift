import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Prepares inputs on every core ahead of the one thread that writes them to SQLite, so
/// storing many articles costs about the larger of the two rather than their sum.
/// `Archive.insert` prepares rows (analysis, content hash); `ArticleImporter` also reads and
/// parses its inputs here, which is why this is public.
///
/// One preparing thread per core takes the next input as soon as it is free, whether or not
/// the writer is asking for outputs, until the outputs waiting for the writer reach a bound:
/// `maximumInputsAhead` inputs, or `maximumBytesAhead` bytes as `weight` counts them (the
/// article text, for the importer). Short articles then keep both cores busy through a whole
/// transaction, while long ones are not held many at a time. The writer's core prepares too
/// when the writer waits. `next()` hands the prepared outputs back in input order; dropping
/// the pipeline waits for the inputs being prepared and stops its threads.
public final class PreparationPipeline<Input: Sendable, Output: Sendable>: IteratorProtocol {
    /// Inputs prepared ahead of the writer by default: two of the importer's transactions
    /// (`ArticleImporter.batchSize`), so that the preparing threads go on while one is written
    /// and the writer finds the next one ready.
    public static var defaultInputsAhead: Int { 4_096 }
    /// Bytes prepared ahead of the writer by default: two of the importer's largest
    /// transactions (`ArticleImporter.batchBytes` of article text).
    public static var defaultBytesAhead: Int { 16 << 20 }

    private let buffer: PreparationBuffer<Input, Output>

    /// Starts preparing `inputs` with `prepare` at once, at most `maximumInputsAhead` of them
    /// and, after the first, no more once the outputs not yet handed out weigh
    /// `maximumBytesAhead` (as `weight` counts them).
    public init(
        inputs: [Input], maximumInputsAhead: Int = defaultInputsAhead, maximumBytesAhead: Int = defaultBytesAhead,
        weight: @escaping @Sendable (Output) -> Int = { _ in 0 }, prepare: @escaping @Sendable (Input) -> Output
    ) {
        let buffer = PreparationBuffer(
            inputs: inputs, maximumInputsAhead: maximumInputsAhead, maximumBytesAhead: maximumBytesAhead,
            weight: weight, prepare: prepare)
        self.buffer = buffer
        for _ in 0..<min(ProcessInfo.processInfo.activeProcessorCount, inputs.count) {
            let thread = Thread {
                Self.lowerThreadPriority()
                buffer.prepareUntilDone()
            }
            // As much stack as a main thread has, whatever the platform gives a new thread.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    deinit {
        // What `prepare` holds is released here: an import's archive, whose last connection
        // then closes (and copies its log into the file) before the command exits.
        buffer.stopAndWait()
    }

    /// How much lower than the writer's a preparing thread's priority (its nice value) is.
    ///
    /// The writer is the one thread whose work cannot be spread, and with the preparing
    /// threads as many as the cores, three threads at one priority on two cores ran it at
    /// two thirds of a core (a transaction of 1,024 articles in 160–400 ms instead of
    /// 130). Five steps lower, the preparing threads weigh a third of the writer each, so the
    /// scheduler leaves the writer a core and they share the others, and all of them when
    /// the writer waits.
    static var preparingPriorityDrop: Int32 { 5 }

    /// Lowers the calling thread's priority by `preparingPriorityDrop`: on Linux a nice value
    /// is the thread's own, not the process's; elsewhere this does nothing.
    private static func lowerThreadPriority() {
        #if canImport(Glibc)
            let thread = __priority_which_t(PRIO_PROCESS.rawValue)
            _ = setpriority(thread, 0, getpriority(thread, 0) + preparingPriorityDrop)
        #endif
    }

    /// The next prepared output, in input order; `nil` after the last one.
    public func next() -> Output? {
        buffer.take()
    }
}
