import ArticleAnalysis

/// Who speaks in one article: every speaker or source with their quotes, attributions and
/// cue verbs, resolved names first, then unnamed sources ("four sources"), then quotes
/// nobody could be found for.
///
/// Pure grouping of an article's annotations; the speakers panel shows it and `]`/`[` step
/// through one entry's quotes.
public struct ArticleSpeakers: Hashable, Sendable {
    /// What kind of source an entry is, in the order the panel lists them.
    public enum Kind: Int, Comparable, Hashable, Sendable {
        /// A person or body the article names ("Ruben Castellano").
        case named
        /// A source the article does not name ("four sources", "the official").
        case unnamed
        /// Quotes whose speaker the analyser did not find.
        case unattributed

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One speaker or source.
    public struct Entry: Hashable, Sendable {
        public var kind: Kind
        /// The name ("Ruben Castellano") or, for an unnamed source, its first mention.
        public var name: String
        /// What makes two mentions one entry: `SpeakerName.key` of a name, the folded mention
        /// of an unnamed source.
        public var key: String
        /// The entry's quotes, in text order.
        public var quotes: [TextSpan]
        /// How many attributions (direct or indirect) cite this source.
        public var attributionCount: Int
        /// The cue verbs used with this source, lower case, in order of first use.
        public var cues: [String]
        /// The scalar offset of the first mention, quote or attribution.
        var firstOffset: Int
    }

    /// The entries in panel order: by kind, then most quotes, most attributions, first seen.
    public let entries: [Entry]

    /// The speakers of an article with these annotations.
    public init(annotations: Annotations) {
        var entries: [Entry] = []
        var indexByKey: [Kind: [String: Int]] = [:]
        func entry(kind: Kind, name: String, key: String, at offset: Int) -> Int {
            if let index = indexByKey[kind]?[key] {
                entries[index].firstOffset = min(entries[index].firstOffset, offset)
                return index
            }
            entries.append(
                Entry(kind: kind, name: name, key: key, quotes: [], attributionCount: 0, cues: [], firstOffset: offset))
            indexByKey[kind, default: [:]][key] = entries.count - 1
            return entries.count - 1
        }
        // Names repeat across an article's quotes: each is keyed once.
        var keys: [String: String?] = [:]
        func indexKey(_ text: String) -> String? {
            if let known = keys[text] { return known }
            let key = SpeakerName.indexKey(text)
            keys[text] = key
            return key
        }
        // Each entry's cue words with where each is first used (its start, then the order the
        // cues come in): the words go in that order, without a list of every cue to sort.
        var cueUses: [[String: (start: Int, order: Int)]] = []
        var cueCount = 0
        var lowered: [String: String] = [:]
        func addCue(_ cue: TextSpan?, to index: Int) {
            guard let cue else { return }
            let word: String
            if let known = lowered[cue.text] {
                word = known
            } else {
                word = cue.text.lowercased()
                lowered[cue.text] = word
            }
            cueCount += 1
            guard !word.isEmpty else { return }
            if cueUses.count <= index { cueUses += Array(repeating: [:], count: index + 1 - cueUses.count) }
            let use = (start: cue.start, order: cueCount)
            if let first = cueUses[index][word], (first.start, first.order) < (use.start, use.order) { return }
            cueUses[index][word] = use
        }
        // The entry of each resolved name as written, found with one look-up where keying the
        // name and finding its entry took three for every quote and attribution.
        var entryByName: [String: Int] = [:]
        /// The entry of a resolved name or else a mention, seen at `offset`; `nil` when there
        /// is neither.
        func sourceEntry(name: String?, mention: TextSpan?, at offset: Int) -> Int? {
            if let name, let known = entryByName[name] {
                entries[known].firstOffset = min(entries[known].firstOffset, offset)
                return known
            }
            guard let source = ArticleSpeakers.source(name: name, mention: mention, key: indexKey) else { return nil }
            let index = entry(kind: source.kind, name: source.name, key: source.key, at: offset)
            if source.kind == .named { entryByName[source.name] = index }
            return index
        }
        for position in annotations.quoteIndicesInTextOrder {
            let quote = annotations.quotes[position]
            let index =
                sourceEntry(name: quote.speakerName, mention: quote.speaker, at: quote.span.start)
                ?? entry(kind: .unattributed, name: "no speaker found", key: "", at: quote.span.start)
            entries[index].quotes.append(quote.span)
            addCue(quote.cue, to: index)
        }
        for attribution in annotations.attributions {
            let offset = attribution.source?.start ?? attribution.cue?.start ?? 0
            guard let index = sourceEntry(name: attribution.sourceName, mention: attribution.source, at: offset)
            else { continue }
            entries[index].attributionCount += 1
            addCue(attribution.cue, to: index)
        }
        for (index, uses) in cueUses.enumerated() {
            entries[index].cues = uses.sorted { ($0.value.start, $0.value.order) < ($1.value.start, $1.value.order) }
                .map(\.key)
        }
        self.entries = entries.sorted { left, right in
            if left.kind != right.kind { return left.kind < right.kind }
            if left.quotes.count != right.quotes.count { return left.quotes.count > right.quotes.count }
            if left.attributionCount != right.attributionCount { return left.attributionCount > right.attributionCount }
            return left.firstOffset < right.firstOffset
        }
    }

    /// The entry a resolved name or a mention belongs to; `nil` when there is neither.
    private static func source(name: String?, mention: TextSpan?, key indexKey: (String) -> String?)
        -> (kind: Kind, name: String, key: String)?
    {
        if let name, let key = indexKey(name) {
            return (.named, name, key)
        }
        if let mention, let key = indexKey(mention.text) {
            return (.unnamed, mention.text, key)
        }
        return nil
    }

    /// The index of the entry whose key is `key` among named speakers, if any.
    public func namedEntry(key: String) -> Int? {
        entries.firstIndex { $0.kind == .named && $0.key == key }
    }
}
