import Foundation
import GRDB
import GRDBSQLite

/// The distinct words of an article as the full-text index `article_fts` stores them, so that
/// `search_term` (each word with its number of articles) can be kept by the import instead of
/// being copied from the index.
///
/// The words are FTS5's: a run of ASCII letters and digits between ASCII separators is a word
/// in lower case, as `unicode61` makes it, and any run that holds other characters goes to
/// FTS5's own tokenizer with the table's arguments (`unicode61 remove_diacritics 2`, what GRDB
/// writes for `.unicode61(diacritics: .remove)` in migration `v1`), which folds case and
/// diacritics and splits at other scripts' punctuation exactly as the index does. Words are
/// kept as bytes in a hash table (`TermTable`): making a Swift string and set entry of every
/// word cost four times the tokenizing.
struct IndexTerms: Sendable {
    /// The terms' bytes, one after the other.
    let bytes: [UInt8]
    /// Where each term ends in `bytes` (it starts where the one before ends).
    let ends: [Int32]
    /// Each term's hash (`TermTable.hash`).
    let hashes: [UInt64]

    /// The number of distinct terms.
    var count: Int { ends.count }

    /// The tokenizer arguments of `article_fts`.
    static let tokenizerArguments = ["remove_diacritics", "2"]
    /// FTS5 cuts a longer token to this many bytes before indexing it (`FTS5_MAX_TOKEN_SIZE`).
    static let maxTokenBytes = 32_768

    /// The distinct terms of an article's three indexed columns (a missing byline adds none).
    static func of(title: String, byline: String?, body: String) -> IndexTerms {
        var finder = ArticleTermFinder(textBytes: title.utf8.count + (byline?.utf8.count ?? 0) + body.utf8.count)
        defer { finder.deallocate() }
        for text in [title, byline ?? "", body] where !text.isEmpty {
            finder.addTokens(of: text)
        }
        return finder.terms()
    }

    /// The terms as strings.
    var strings: [String] {
        var start = 0
        return ends.map { end in
            defer { start = Int(end) }
            return String(decoding: bytes[start..<Int(end)], as: UTF8.self)
        }
    }
}

/// A set of terms as bytes, each with a count: an open-addressing hash table over an arena
/// of bytes, for the words of a transaction (`ArticleWriter`, which counts how many articles
/// hold each; one article's are found by `ArticleTermFinder`). A struct whose loops read its
/// arrays through buffer pointers: as a class, the runtime's exclusivity checks on its
/// properties cost more than the rest of the work.
struct TermTable {
    /// The terms' bytes, one after the other.
    private var arena: [UInt8] = []
    private var ends: [Int32] = []
    private var hashes: [UInt64] = []
    /// How many times each term was added by `add(_:)` of an `IndexTerms`.
    private(set) var counts: [Int] = []
    /// Index of a term plus one, or 0 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 256)

    init() {
        arena.reserveCapacity(4096)
        ends.reserveCapacity(256)
        hashes.reserveCapacity(256)
        counts.reserveCapacity(256)
    }

    /// FNV-1a over the bytes: a few instructions a byte, and words are short.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// The index of the term `bytes` (with its `hash`), added if new.
    @discardableResult
    mutating func insert(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> Int {
        let (found, free) = find(bytes, hash: hash)
        if let found { return found }
        let term = ends.count
        arena.append(contentsOf: bytes)
        ends.append(Int32(arena.count))
        hashes.append(hash)
        counts.append(0)
        if (term + 1) * 2 > slots.count {
            grow()
        } else {
            slots[free] = Int32(term + 1)
        }
        return term
    }

    /// The term `bytes` if the table has it, and else the free slot where it goes.
    private func find(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> (term: Int?, free: Int) {
        withBuffers { slots, hashes, ends, arena in
            Self.find(bytes, hash: hash, slots: slots, hashes: hashes, ends: ends, arena: arena)
        }
    }

    /// Runs `body` with the table's arrays as buffers.
    private func withBuffers<Result>(
        _ body: (
            UnsafeBufferPointer<Int32>, UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>, UnsafeRawBufferPointer
        ) -> Result
    ) -> Result {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                ends.withUnsafeBufferPointer { ends in
                    arena.withUnsafeBytes { arena in body(slots, hashes, ends, arena) }
                }
            }
        }
    }

    /// `find(_:hash:)` in the table whose arrays are these buffers.
    @inline(__always)
    private static func find(
        _ bytes: UnsafeRawBufferPointer, hash: UInt64, slots: UnsafeBufferPointer<Int32>,
        hashes: UnsafeBufferPointer<UInt64>, ends: UnsafeBufferPointer<Int32>, arena: UnsafeRawBufferPointer
    ) -> (term: Int?, free: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (nil, slot) }
            let term = entry - 1
            if hashes[term] == hash {
                let start = term == 0 ? 0 : Int(ends[term - 1])
                if Int(ends[term]) - start == bytes.count
                    && memcmp(arena.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
                {
                    return (term, slot)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the slots and places every term again.
    private mutating func grow() {
        var slots = [Int32](repeating: 0, count: self.slots.count * 2)
        let mask = slots.count - 1
        for (term, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(term + 1)
        }
        self.slots = slots
    }

    /// Adds the terms of one article, counting each once.
    ///
    /// Most words of a transaction's articles are in the table already: they are looked up and
    /// counted with the table's arrays taken as buffers once for the article, and only the new
    /// ones are then inserted. Inserting each word (a look-up taking the buffers again, a count
    /// through the array) cost the writer 43,000 instructions an article. An article's terms
    /// are distinct, so a new one is never looked up before the table has it.
    mutating func add(_ terms: IndexTerms) {
        var counts: [Int] = []
        swap(&counts, &self.counts)
        var new: [Int] = []
        terms.bytes.withUnsafeBytes { bytes in
            counts.withUnsafeMutableBufferPointer { counts in
                withBuffers { slots, hashes, ends, arena in
                    var start = 0
                    for (index, (end, hash)) in zip(terms.ends, terms.hashes).enumerated() {
                        let term = UnsafeRawBufferPointer(rebasing: bytes[start..<Int(end)])
                        let found = Self.find(term, hash: hash, slots: slots, hashes: hashes, ends: ends, arena: arena)
                        if let found = found.term { counts[found] += 1 } else { new.append(index) }
                        start = Int(end)
                    }
                }
            }
        }
        swap(&counts, &self.counts)
        terms.bytes.withUnsafeBytes { bytes in
            for index in new {
                let start = index == 0 ? 0 : Int(terms.ends[index - 1])
                let term = UnsafeRawBufferPointer(rebasing: bytes[start..<Int(terms.ends[index])])
                self.counts[insert(term, hash: terms.hashes[index])] += 1
            }
        }
    }

    /// Every term as a string, with its count.
    var countedStrings: [(term: String, count: Int)] {
        var start = 0
        return zip(ends, counts).map { end, count in
            defer { start = Int(end) }
            return (String(decoding: arena[start..<Int(end)], as: UTF8.self), count)
        }
    }
}

/// FTS5's built-in `unicode61` tokenizer, found once through a connection of its own that stays
/// open (the module's functions and user data belong to that connection's FTS5). A tokenizer
/// object keeps a folding buffer, so each `ArticleTermFinder` makes its own when it first needs
/// one.
final class Unicode61: @unchecked Sendable {
    static let shared = Unicode61()

    // Set once in `init`, then only read.
    private let connection: DatabaseQueue?
    private let module: fts5_tokenizer?
    private let userData: UnsafeMutableRawPointer?

    private init() {
        var module = fts5_tokenizer()
        var userData: UnsafeMutableRawPointer?
        let connection = try? DatabaseQueue()
        let found = connection?.inDatabase { db -> Bool in
            let api = UnsafeMutablePointer(mutating: FTS5.api(db))
            return api.pointee.xFindTokenizer?(api, "unicode61", &userData, &module) == SQLITE_OK
        }
        self.connection = connection
        self.module = found == true ? module : nil
        self.userData = userData
    }

    /// A new tokenizer object, for one thread.
    func makeTokenizer() -> TokenizerObject {
        TokenizerObject(module: module, userData: userData)
    }

    /// Adds the tokens FTS5 makes of `text` (UTF-8), as a document's, to `finder`.
    func tokenize(
        _ text: UnsafeRawBufferPointer, with tokenizer: TokenizerObject,
        into finder: UnsafeMutablePointer<ArticleTermFinder>
    ) {
        _ = text.withMemoryRebound(to: CChar.self) { characters in
            module?.xTokenize?(
                tokenizer.pointer, finder, FTS5_TOKENIZE_DOCUMENT, characters.baseAddress, Int32(characters.count),
                Self.addToken)
        }
    }

    /// The tokenizer's callback: adds one token to the finder its context points to.
    private static let addToken:
        @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32 = {
            finder, _, token, length, _, _ in
            guard let finder, let token, length > 0 else { return SQLITE_OK }
            finder.assumingMemoryBound(to: ArticleTermFinder.self).pointee.addToken(
                UnsafeRawBufferPointer(start: token, count: Int(length)))
            return SQLITE_OK
        }

    /// A tokenizer object made with `IndexTerms.tokenizerArguments`, deleted with this.
    final class TokenizerObject: @unchecked Sendable {
        let pointer: OpaquePointer
        let delete: (@convention(c) (OpaquePointer?) -> Void)?

        init(module: fts5_tokenizer?, userData: UnsafeMutableRawPointer?) {
            guard let create = module?.xCreate else { preconditionFailure("FTS5 has no unicode61 tokenizer") }
            var tokenizer: OpaquePointer?
            let arguments = IndexTerms.tokenizerArguments.map { strdup($0) }
            defer { for argument in arguments { free(argument) } }
            var pointers = arguments.map { UnsafePointer($0) }
            let code = pointers.withUnsafeMutableBufferPointer { buffer in
                create(userData, buffer.baseAddress, Int32(buffer.count), &tokenizer)
            }
            guard code == SQLITE_OK, let tokenizer else { preconditionFailure("cannot make a unicode61 tokenizer") }
            pointer = tokenizer
            delete = module?.xDelete
        }

        deinit { delete?(pointer) }
    }
}
