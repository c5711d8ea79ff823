/// The speakers of one article's quotations as they are counted, for `PreparedQuotes`.
///
/// A value the counting loop mutates through its own methods rather than variables a closure
/// captures, which Swift checks for exclusive access at every use (about 50 checks an article).
struct SpeakerTallies {
    /// Speakers in order of their first quotation.
    private(set) var speakers: [PreparedQuotes.SpeakerTally] = []
    private var speakerIndex = SmallStringMap<Int>()
    /// The tally of each name as written and the name's length (`nil` for a name without a
    /// key): one look-up a quotation, where keying the name and finding its tally took two
    /// and both names were counted. An article names a few people, so both maps compare
    /// names rather than hash them (`SmallStringMap`).
    private var tallyOfName = SmallStringMap<(index: Int, length: Int)?>()

    /// Counts a quotation of `name` that starts at body offset `start`; a name without a
    /// speaker key is not counted.
    mutating func count(_ name: String, start: Int) {
        guard let (index, length) = tally(of: name, firstStart: start) else { return }
        if length > speakers[index].nameLength {
            speakers[index].name = name
            speakers[index].nameLength = length
        }
        speakers[index].quotes += 1
    }

    /// The index in `speakers` of `name`'s speaker, added when new, and the name's length;
    /// `nil` for a name without a key.
    private mutating func tally(of name: String, firstStart: Int) -> (index: Int, length: Int)? {
        if let known = tallyOfName[name] { return known }
        var found: (index: Int, length: Int)?
        if let key = SpeakerKeyCache.shared.indexKey(name) {
            let length = name.unicodeScalars.count
            if let index = speakerIndex[key] {
                found = (index, length)
            } else {
                speakerIndex.add(speakers.count, for: key)
                speakers.append(
                    PreparedQuotes.SpeakerTally(
                        key: key, name: name, nameLength: length, quotes: 0, firstStart: firstStart))
                found = (speakers.count - 1, length)
            }
        }
        tallyOfName.add(found, for: name)
        return found
    }
}
