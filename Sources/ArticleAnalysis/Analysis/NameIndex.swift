/// The people an article has named so far, most recent last: resolves surnames to full names
/// and "he"/"she" to the most salient person of matching gender.
struct NameIndex {
    /// A person (or organisation) named as a source.
    struct Entry {
        var name: String
        /// `WordHash` of the last word, for surname look-ups.
        var surname: UInt64
        var gender: WordClass
        /// Whether the name can be "he" or "she" (not "the Pentagon").
        var isPerson: Bool
    }

    /// How many names are remembered; older ones are forgotten, which keeps look-ups cheap.
    static let capacity = 64

    private(set) var entries: [Entry] = []
    let text: TokenText

    init(text: TokenText) {
        self.text = text
    }

    /// The resolved name of the source `range`, registering new names; `nil` for pronouns
    /// without a known person and for common-noun sources ("four sources").
    mutating func resolve(_ range: ClosedRange<Int>) -> String? {
        let first = range.lowerBound
        if range.count == 1, text.isWord(first, .personPronoun) {
            return mostSalientPerson(gender: text.tokens[first].info.classes.intersection([.male, .female]))
        }
        if range.count == 1, text.isWord(first, .pronoun) { return nil }
        if range.count == 1, text.isWord(first, .relative) {
            guard first >= 2, text.tokens[first - 1].isPunctuation(","),
                let antecedent = AttributionFinder(text: text, quotations: []).phraseBefore(first - 2)
            else { return nil }
            if antecedent.count == 1, text.isWord(antecedent.lowerBound, .relative) { return nil }
            return resolve(antecedent)
        }
        return resolveName(range)
    }

    private mutating func resolveName(_ range: ClosedRange<Int>) -> String? {
        var start = range.lowerBound
        var gender: WordClass = []
        var hasDeterminer = false
        var hasTitle = false
        while start < range.upperBound {
            if text.isWord(start, .determiner) {
                hasDeterminer = true
            } else if text.isWord(start, .title) || text.isWord(start, .abbreviation) {
                hasTitle = true
                gender.formUnion(text.tokens[start].info.classes.intersection([.male, .female]))
            } else if text.tokens[start].kind == .word {
                break
            }
            start += 1
        }
        var words = 0
        for index in start...range.upperBound where text.tokens[index].kind == .word {
            let token = text.tokens[index]
            if !token.isCapitalized {
                if text.isWord(index, .preposition) || text.isWord(index, .and) { continue }
                return nil
            }
            words += 1
        }
        guard words > 0, text.tokens[range.upperBound].kind == .word else { return nil }
        let surname = text.tokens[range.upperBound].key
        let isPerson = !hasDeterminer || hasTitle
        if words == 1, let known = entries.lastIndex(where: { $0.surname == surname && $0.isPerson }) {
            var entry = entries.remove(at: known)
            entry.gender.formUnion(gender)
            entries.append(entry)
            return entry.name
        }
        let name = text.text(start, range.upperBound)
        entries.removeAll { $0.surname == surname && $0.name == name }
        entries.append(Entry(name: name, surname: surname, gender: gender, isPerson: isPerson))
        if entries.count > Self.capacity { entries.removeFirst() }
        return name
    }

    /// The most recent person whose known gender does not contradict `gender`; records the
    /// gender on the person found.
    private mutating func mostSalientPerson(gender: WordClass) -> String? {
        guard
            let index = entries.lastIndex(where: { entry in
                entry.isPerson && (entry.gender.isEmpty || gender.isEmpty || entry.gender == gender)
            })
        else { return nil }
        entries[index].gender.formUnion(gender)
        return entries[index].name
    }
}
