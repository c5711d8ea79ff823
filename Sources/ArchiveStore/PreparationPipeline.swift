import Foundation

/// Prepares inputs on every core ahead of the one thread that writes them to SQLite, so
/// storing many articles costs about the larger of the two rather than their sum.
/// `Archive.insert` prepares rows (analysis, content hash); `ArticleImporter` also reads and
/// parses its inputs here, which is why this is public.
///
/// A preparing thread on each core but the writer's takes the next input as soon as it is
/// free, whether or not the writer is asking for outputs, until the outputs waiting for the
/// writer reach a bound: `maximumInputsAhead` inputs, or `maximumBytesAhead` bytes as `weight`
/// counts them (the article text, for the importer). Short articles then keep every core busy
/// through a whole transaction, while long ones are not held many at a time. The writer
/// prepares too: `next()` prepares the next input itself when no preparing thread has begun
/// it, and otherwise hands the prepared outputs back in input order; dropping the pipeline
/// waits for the inputs being prepared and stops its threads.
public final class PreparationPipeline<Input: Sendable, Output: Sendable>: IteratorProtocol {
    /// Inputs prepared ahead of the writer by default: two of the importer's transactions
    /// (`ArticleImporter.batchSize`), so that the preparing threads go on while one is written
    /// and the writer finds the next one ready.
    public static var defaultInputsAhead: Int { 4_096 }
    /// Bytes prepared ahead of the writer by default: two of the importer's largest
    /// transactions (`ArticleImporter.batchBytes` of article text).
    public static var defaultBytesAhead: Int { 16 << 20 }
    /// Preparing threads by default: one per core but one, which the writer has. The writer
    /// prepares what they have not begun, so that a thread waiting for a core on a busy
    /// machine never holds it up, and the threads keep the writer's priority.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount - 1) }

    private let buffer: PreparationBuffer<Input, Output>

    /// Starts preparing `inputs` with `prepare` at once on `threads` threads, at most
    /// `maximumInputsAhead` of them and, after the first, no more once the outputs not yet
    /// handed out weigh `maximumBytesAhead` (as `weight` counts them).
    public init(
        inputs: [Input], maximumInputsAhead: Int = defaultInputsAhead, maximumBytesAhead: Int = defaultBytesAhead,
        threads: Int = defaultThreads,
        weight: @escaping @Sendable (Output) -> Int = { _ in 0 }, prepare: @escaping @Sendable (Input) -> Output
    ) {
        let buffer = PreparationBuffer(
            inputs: inputs, maximumInputsAhead: maximumInputsAhead, maximumBytesAhead: maximumBytesAhead,
            weight: weight, prepare: prepare)
        self.buffer = buffer
        for _ in 0..<min(threads, inputs.count) {
            let thread = Thread { buffer.prepareUntilDone() }
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

    /// The next prepared output, in input order; `nil` after the last one.
    public func next() -> Output? {
        buffer.take()
    }
}
