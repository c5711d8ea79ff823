/// The fixed block of bytes a `JSONStreamWriter` writes into, handed to its sink whenever it
/// is full: the sink never gets more than `capacity` bytes at once, and no piece of the output
/// (not even a 50 MB string) is gathered anywhere else.
///
/// A class, so that the writer's many small writes reach one unique buffer without the
/// copy-on-write checks of an array.
final class JSONOutputBuffer {
    /// The most bytes held, and handed to the sink, at once.
    static let capacity = 1 << 16

    private let base: UnsafeMutablePointer<UInt8>
    /// How many bytes of `base` are written.
    private var count = 0
    private let sink: (UnsafeRawBufferPointer) -> Void

    init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        base = .allocate(capacity: Self.capacity)
        self.sink = sink
    }

    deinit { base.deallocate() }

    /// Room for `needed` bytes (at most `capacity`), the buffer handed on first when they do not
    /// fit: write them at the pointer returned, then `advance(by:)` as many as were written.
    @inline(__always)
    func room(_ needed: Int) -> UnsafeMutablePointer<UInt8> {
        if count + needed > Self.capacity { flush() }
        return base + count
    }

    /// Counts `written` bytes written at `room(_:)`'s pointer.
    @inline(__always)
    func advance(by written: Int) { count += written }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == Self.capacity { flush() }
        base[count] = byte
        count += 1
    }

    /// Appends `bytes`, in as many pieces as the buffer's capacity takes.
    func append(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while !rest.isEmpty {
            if count == Self.capacity { flush() }
            let piece = min(rest.count, Self.capacity - count)
            UnsafeMutableRawPointer(base + count).copyMemory(from: rest.baseAddress!, byteCount: piece)
            count += piece
            rest = UnsafeRawBufferPointer(rebasing: rest[piece...])
        }
    }

    /// Appends the UTF-8 of `text`.
    func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Hands what the buffer holds to the sink.
    func flush() {
        guard count > 0 else { return }
        sink(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }
}
