import Foundation
import SyntheticArchive

/// Generated articles written one after the other to a file, read back by index from any
/// thread: what the benchmark imports, in one run of the import's pipeline as `dateline
/// import` does with a folder, without holding gigabytes of text in memory (a million articles
/// are 5.6 GB).
final class GeneratedArticles: Sendable {
    /// The open file, read with `pread`, which any number of threads may call at once.
    private let descriptor: Int32
    /// Where each article starts in the file, and where the last one ends.
    private let offsets: [Int]

    var count: Int { offsets.count - 1 }

    /// Writes `count` articles of `generator` to a new file at `path`, which it removes from
    /// its folder once written; `progress` sees the number written every 10% of them.
    init(
        count: Int, generator: inout ArticleGenerator, path: String, progress: (Int) -> Void
    ) throws(BenchmarkError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forUpdatingAtPath: path)
        else {
            throw .cannotGenerate(path: path, reason: "the file cannot be created")
        }
        var offsets = [0]
        offsets.reserveCapacity(count + 1)
        var pending: [UInt8] = []
        do {
            for index in 0..<count {
                let bytes = generator.next().bytes
                pending += bytes
                offsets.append(offsets[index] + bytes.count)
                if pending.count >= 8 << 20 || index == count - 1 {
                    try handle.write(contentsOf: pending)
                    pending.removeAll(keepingCapacity: true)
                }
                if (index + 1) % max(count / 10, 1) == 0 { progress(index + 1) }
            }
        } catch {
            throw .cannotGenerate(path: path, reason: error.localizedDescription)
        }
        // Open until the benchmark is done with it, and gone from the folder already.
        descriptor = dup(handle.fileDescriptor)
        try? handle.close()
        unlink(path)
        self.offsets = offsets
    }

    deinit {
        close(descriptor)
    }

    /// The source name article `index` is imported under.
    static func source(_ index: Int) -> String {
        "synthetic/\(index).txt"
    }

    /// The bytes of article `index`, read from the file as an import reads a file (a short
    /// read, past the end of a file cut short, gives fewer bytes).
    func bytes(_ index: Int) -> [UInt8] {
        let start = offsets[index]
        let length = offsets[index + 1] - start
        return [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            var read = 0
            while read < length {
                let got = pread(descriptor, buffer.baseAddress! + read, length - read, off_t(start + read))
                if got <= 0 { break }
                read += got
            }
            initialized = read
        }
    }
}
