/// The people an article names, most recent last: resolves surnames to full names, "he" and
/// "she" to the most salient person of matching gender, and "the minister" to the person named
/// with that role.
///
/// Names come from the sources it resolves and, when those do not tell, from the other
/// mentions outside quotations: a surname alone is looked up in the names before it ("defender
/// Tom Brandt scored … Brandt said"), and a pronoun or a role takes the first person named in its
/// sentence or the two before ("Doe, questioned by Roe, agreed. “…,” he said."). Mentions are
/// read backwards from a source only when needed, so that no pass over every token is added.
struct NameIndex {
    /// A person (or organisation) named in the article.
    struct Entry {
        /// The tokens of the name proper ("Ida Lund" of "Chief Executive Ida Lund").
        var name: ClosedRange<Int>
        /// `WordHash` of the last word, for surname look-ups.
        var surname: UInt64
        var gender: WordClass
        /// Whether the name can be "he" or "she" (not "the Pentagon").
        var isPerson: Bool
        /// The role words named with the person ("Chief", "Landesverkehrsministerin"), as tokens.
        var roles: [Int]
    }

    /// A surname looked up in the names before it (`WordHash` of the word) and the full name
    /// found, if any.
    struct FullName {
        var key: UInt64
        var mention: ClosedRange<Int>?
    }

    /// A name read from a mention or a source: where the name proper starts and ends, and what
    /// came before it.
    struct ParsedName {
        var first: Int
        var last: Int
        var words: Int
        /// The role and title words, as tokens.
        var roles: [Int]
        var gender: WordClass
        /// Whether an article or determiner opens the mention ("the Pentagon").
        var hasDeterminer: Bool
        /// Whether a title or role introduces the name ("Chief Executive", "defender").
        var hasRole: Bool
    }

    /// How many names are remembered; older ones are forgotten, which keeps look-ups cheap.
    static let capacity = 64
    /// How many sentences back a pronoun or a role looks for the person it stands for.
    static let windowSentences = 3
    /// How many tokens back that look goes at most, whatever the sentences (a text without
    /// full stops must not make every pronoun read it all).
    static let windowTokens = 400
    /// How many surnames are looked up by reading the tokens before the first mentions of all
    /// names are indexed.
    static let scansBeforeIndex = 32
    /// The most tokens a name is read over, back from its last word.
    static let longestName = 8
    /// The most words a mention without a title may have to be taken for a person's name.
    static let personWords = 3
    /// The shortest word that may be a compound role: German compounds are long, and the test
    /// builds a string.
    static let compoundRoleLength = 14

    private(set) var entries: [Entry] = []
    let text: TokenText
    /// The first surnames looked up in the names before them, with the full name found.
    private var fullNames: [FullName] = []
    /// Where each name of two words or more first ends, keyed by its last word, once built.
    private var firstFullNameEnds: [UInt64: Int]?
    /// The first token of the latest source that names nobody but a person with a role, who
    /// could be "he" or "she" ("a former official").
    private var unnamedSource: Int?
    /// `WordHash` of "him", read once.
    private static let himKey = WordHash.of("him")
    /// Phrases, name dots and sentence edges, over the quotations given (names inside them are
    /// not mentions).
    private let grammar: ClauseGrammar

    init(text: TokenText, quotations: [ClosedRange<Int>]) {
        self.text = text
        entries.reserveCapacity(Self.capacity + 1)
        fullNames.reserveCapacity(Self.scansBeforeIndex)
        grammar = ClauseGrammar(text: text, quotations: quotations)
    }

    /// The resolved name of the source `range`, registering new names; `nil` for pronouns
    /// without a known person and for common-noun sources ("four sources").
    mutating func resolve(_ range: ClosedRange<Int>) -> String? {
        let first = range.lowerBound
        if range.count == 1, text.isWord(first, .personPronoun) {
            let gender = text.tokens[first].info.classes.intersection([.male, .female])
            return mostSalientPerson(gender: gender, before: first)
        }
        if range.count == 1, text.isWord(first, .pronoun) { return nil }
        if range.count == 1, text.isWord(first, .relative) {
            guard first >= 2, text.tokens[first - 1].isPunctuation(","),
                let antecedent = grammar.phraseBefore(first - 2)
            else { return nil }
            if antecedent.count == 1, text.isWord(antecedent.lowerBound, .relative) { return nil }
            return resolve(antecedent)
        }
        if let holder = roleHolder(range) { return holder }
        guard let parsed = parse(range) else {
            // A singular person without a name: "a former official" ("officials" cannot be "he",
            // "the plan" is nobody).
            if !grammar.endsInS(range.upperBound), range.contains(where: { RoleWords.isRole($0, in: text) }) {
                unnamedSource = range.lowerBound
            }
            return nil
        }
        if parsed.words == 1, let known = person(named: parsed.last) {
            entries[known].gender.formUnion(parsed.gender)
            entries[known].roles += parsed.roles
            return promote(known)
        }
        // Only a sentence's first word is capitalized for being first: "Floodwaters rose".
        // A plural that opens a sentence is a common noun too ("Messages found on the phone").
        if parsed.words == 1, parsed.roles.isEmpty, !parsed.hasDeterminer,
            grammar.isSentenceInitialPlural(parsed.last)
                || ((parsed.last == 0 || grammar.opensSentence(after: parsed.last - 1))
                    && grammar.isWrittenInLowerCase(parsed.last))
        {
            return nil
        }
        register(parsed, isPerson: !parsed.hasDeterminer || parsed.hasRole)
        return text.text(parsed.first, parsed.last)
    }

    /// The person a speech verb without its subject stands for ("«…», afirmó.", "–…–
    /// stwierdziła."), resolved as a pronoun at the cue `index`, of the gender a Polish or
    /// Russian past tense gives (-ła, -ла: she; -ł, -л: he).
    mutating func droppedSubject(atCue index: Int) -> String? {
        var gender: WordClass = []
        let ending = text.text(index, index).unicodeScalars.suffix(2).map(\.value)
        if ending == [0x142, 0x61] || ending == [0x43B, 0x430] {
            gender = .female
        } else if ending.last == 0x142 || ending.last == 0x43B {
            gender = .male
        }
        return mostSalientPerson(gender: gender, before: index)
    }

    /// The entry of the person whose surname is the word at `index`: one already known, else
    /// one named in full before it, registered now.
    private mutating func person(named index: Int) -> Int? {
        if let known = knownPerson(surname: text.tokens[index].key) { return known }
        guard let mention = fullName(endingLike: index) else { return nil }
        return register(mention: mention)
    }

    /// The most recent person entry whose surname has `WordHash` `surname`.
    private func knownPerson(surname: UInt64) -> Int? {
        var known = entries.count - 1
        while known >= 0, entries[known].surname != surname || !entries[known].isPerson { known -= 1 }
        return known >= 0 ? known : nil
    }

    /// The first mention of two or more capitalized words outside quotations that ends in the
    /// word at `index`, before it ("Tom Brandt" for "Brandt"), looked up once per word: by
    /// reading the tokens for the first `scansBeforeIndex` words, then in an index of every
    /// name's first mention built in one pass, so that a text of many names stays linear.
    private mutating func fullName(endingLike index: Int) -> ClosedRange<Int>? {
        let key = text.tokens[index].key
        if let known = fullNames.first(where: { $0.key == key }) { return known.mention }
        let end: Int?
        let isScanned = fullNames.count < Self.scansBeforeIndex
        if isScanned {
            // Read without bounds checks: `position` stays below `index`, a token of the text.
            let position = text.tokens.withUnsafeBufferPointer { tokens in
                var position = 1
                while position < index, tokens[position].key != key || !endsFullName(position) { position += 1 }
                return position
            }
            end = position < index ? position : nil
        } else {
            if firstFullNameEnds == nil { firstFullNameEnds = indexFirstFullNameEnds() }
            end = firstFullNameEnds?[key].flatMap { $0 < index ? $0 : nil }
        }
        let mention = end.map { end in
            var first = end - 1
            while end - first < Self.longestName, text.isNameWord(first - 1) || grammar.isNameDot(first - 1) {
                first -= 1
            }
            return first...end
        }
        if isScanned { fullNames.append(FullName(key: key, mention: mention)) }
        return mention
    }

    /// Whether the word at `position` is a capitalized word after a name word, outside
    /// quotations: the end of a name of two words or more.
    private func endsFullName(_ position: Int) -> Bool {
        text.tokens[position].kind == .word && text.tokens[position].isCapitalized && text.isNameWord(position - 1)
            && grammar.quotation(containing: position) == nil
    }

    /// For each word that ends a name of two words or more, the first place where it does.
    private func indexFirstFullNameEnds() -> [UInt64: Int] {
        var ends: [UInt64: Int] = [:]
        for position in 1..<max(1, text.tokens.count) where endsFullName(position) {
            if ends[text.tokens[position].key] == nil { ends[text.tokens[position].key] = position }
        }
        return ends
    }

    /// The entry of the person named by the run of capitalized words `run`: a known person with
    /// the same last words, else the run registered now.
    private mutating func person(mentionedAs run: ClosedRange<Int>) -> Int? {
        if let known = knownPerson(surname: text.tokens[run.upperBound].key) {
            let name = entries[known].name
            if name.count <= run.count, isSameName(name, (run.upperBound - name.count + 1)...run.upperBound) {
                return known
            }
        }
        return register(mention: run)
    }

    /// Registers the name mention `run` (capitalized words) with the roles just before it, and
    /// gives its entry when it names a person.
    private mutating func register(mention run: ClosedRange<Int>) -> Int? {
        guard !text.isPossessive(run.upperBound) else { return nil }
        var first = run.lowerBound
        // Lower-case roles before the name ("defender Tom Brandt"), or before the comma of an
        // apposition ("its chair, Ida Lund").
        var before = first - 1
        if before > 0, text.tokens[before].isPunctuation(","), isRole(before - 1, compounds: false) { before -= 1 }
        while before >= 0, text.tokens[before].kind == .word, !text.tokens[before].isCapitalized,
            isRole(before, compounds: false)
        {
            first = before
            before -= 1
        }
        guard let parsed = parse(first...run.upperBound), parsed.words > 1 || parsed.hasRole else { return nil }
        let opener = first - 1
        var isPlace =
            text.isWord(opener, .determiner) || (text.isWord(opener, .preposition) && !text.isWord(opener, .by))
        for index in parsed.first...parsed.last
        where text.isWord(index, .organisation) {
            isPlace = true
        }
        guard parsed.hasRole || (!isPlace && !parsed.hasDeterminer && parsed.words <= Self.personWords) else {
            return nil
        }
        register(parsed, isPerson: true)
        return entries.count - 1
    }

    /// A run of capitalized words in the sentences before a pronoun or role.
    struct NameRun {
        var tokens: ClosedRange<Int>
        /// Whether "him" follows the run in its sentence (before the pronoun): "Doe asked him".
        var isFollowedByHim: Bool
    }

    /// The runs of capitalized words outside quotations in the sentence that holds token
    /// `index`, before it, then in each of the `windowSentences - 1` sentences before that,
    /// each sentence's runs in text order; and the first token of that window.
    private func nameRuns(before index: Int) -> (runs: [NameRun], start: Int) {
        let tokens = text.tokens
        let him = Self.himKey
        var runs: [NameRun] = []
        runs.reserveCapacity(32)
        // Where the runs of the sentence being read start in `runs`. They are appended as they
        // are read, backwards, and each sentence's are turned into text order when it ends.
        var sentenceStart = 0
        var sentenceEnds = 0
        var himInSentence = false
        var position = index - 1
        var runEnd: Int?
        let limit = index - Self.windowTokens
        while position >= -1, position >= limit {
            let isName =
                position >= 0
                && (tokens[position].isCapitalized
                    ? text.isNameWord(position) : runEnd != nil && grammar.isNameDot(position))
            if isName {
                if runEnd == nil { runEnd = position }
                position -= 1
                continue
            }
            if let end = runEnd {
                runs.append(NameRun(tokens: (position + 1)...end, isFollowedByHim: himInSentence))
                runEnd = nil
            }
            guard position >= 0 else { break }
            let token = tokens[position]
            if token.kind == .word {
                if token.key == him { himInSentence = true }
                position -= 1
                continue
            }
            if token.kind == .quoteMark, let start = grammar.quotation(containing: position)?.lowerBound {
                position = start - 1
                // The paragraphs of one quotation make no sentences between them.
                while position > 0, tokens[position].kind == .lineBreak,
                    let start = grammar.quotation(containing: position - 1)?.lowerBound
                {
                    position = start - 1
                }
                continue
            }
            // A line break after a full stop ends no second sentence.
            let isSecondEnd = token.kind == .lineBreak && position > 0 && text.endsSentence(position - 1)
            if token.isSentenceEnd, text.endsSentence(position), !isSecondEnd {
                sentenceEnds += 1
                if sentenceEnds == Self.windowSentences { break }
                Self.reverse(&runs, from: sentenceStart)
                sentenceStart = runs.count
                himInSentence = false
            }
            position -= 1
        }
        Self.reverse(&runs, from: sentenceStart)
        return (runs, position + 1)
    }

    /// Turns the runs from `start` on into the opposite order, in place (reversing a slice of
    /// the array would copy it).
    private static func reverse(_ runs: inout [NameRun], from start: Int) {
        var low = start
        var high = runs.count - 1
        while low < high {
            runs.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    /// Adds the person or organisation `parsed` as the most recent entry, merging what an
    /// earlier entry of the same name knew.
    private mutating func register(_ parsed: ParsedName, isPerson: Bool) {
        let name = parsed.first...parsed.last
        let surname = text.tokens[parsed.last].key
        var entry = Entry(name: name, surname: surname, gender: parsed.gender, isPerson: isPerson, roles: parsed.roles)
        var known = entries.count - 1
        while known >= 0, entries[known].surname != surname || !isSameName(entries[known].name, name) { known -= 1 }
        if known >= 0 {
            let earlier = entries.remove(at: known)
            entry.gender.formUnion(earlier.gender)
            entry.roles += earlier.roles
            entry.isPerson = entry.isPerson || earlier.isPerson
        }
        entries.append(entry)
        if entries.count > Self.capacity { entries.removeFirst() }
    }

    /// Whether the names at token ranges `one` and `other` have the same words.
    private func isSameName(_ one: ClosedRange<Int>, _ other: ClosedRange<Int>) -> Bool {
        guard one.count == other.count else { return false }
        for offset in 0..<one.count
        where text.tokens[one.lowerBound + offset].key != text.tokens[other.lowerBound + offset].key {
            return false
        }
        return true
    }

    /// Moves entry `index` to the most recent place and gives its name.
    private mutating func promote(_ index: Int) -> String {
        let entry = entries.remove(at: index)
        entries.append(entry)
        return text.text(entry.name.lowerBound, entry.name.upperBound)
    }

    /// The name in the mention or source `range`: after determiners, possessives, roles and
    /// titles ("the company’s Chief Executive Jane Doe", "its chair, Ida Lund"), before a place
    /// that follows a titled name ("President Tom Brandt of Veskaria"). `nil` when a lower-case
    /// word that is no preposition remains.
    func parse(_ range: ClosedRange<Int>) -> ParsedName? {
        var first = range.lowerBound
        var last = range.upperBound
        var parsed = ParsedName(
            first: first, last: last, words: 0, roles: [], gender: [], hasDeterminer: false, hasRole: false)
        // An apposition names the person after its comma: "Caddon’s mayor, Ida Lund".
        // A loop, not `last(where:)`: a closure would capture (and copy) the text.
        var comma = last
        while comma >= first, !text.tokens[comma].isPunctuation(",") { comma -= 1 }
        if comma >= first, comma < last, text.isNameWord(comma + 1) {
            parsed.roles += (first..<comma).filter { isRole($0, compounds: false) }
            parsed.hasRole = !parsed.roles.isEmpty
            first = comma + 1
        }
        while first < last,
            text.isWord(first, .determiner) || text.isPossessive(first) || grammar.isNameDot(first)
                || text.tokens[first].kind != .word
        {
            parsed.hasDeterminer = parsed.hasDeterminer || text.isWord(first, .determiner)
            first += 1
        }
        // The name starts after the last role or title ("Deputy Port Minister Ida Lund"). A
        // compound role only opens a name of three words or more ("Landesverkehrsministerin Ida
        // Lund"): the string test is kept off the many other names.
        let opening = first
        let compounds = last - first >= 2
        if let role = (first..<last).last(where: { isRole($0, compounds: compounds && $0 == opening) }) {
            for index in first...role where isRole(index, compounds: compounds && index == opening) {
                parsed.roles.append(index)
                parsed.gender.formUnion(text.tokens[index].info.classes.intersection([.male, .female]))
            }
            parsed.hasRole = true
            first = role + 1
            while first < last, grammar.isNameDot(first) || text.tokens[first].kind != .word { first += 1 }
            // "Secretary of State Ida Lund": the role goes on through "of" and its noun.
            if text.tokens[first].key == ClauseGrammar.ofKey, first + 3 <= last, text.isNameWord(first + 1) {
                first += 2
            }
        }
        if parsed.hasRole,
            let place = (first...last).first(where: {
                $0 - first >= 2 && !text.tokens[$0].isCapitalized && text.isWord($0, .preposition)
            })
        {
            last = place - 1
        }
        guard text.tokens[last].kind == .word else { return nil }
        for index in first...last where text.tokens[index].kind == .word {
            if !text.tokens[index].isCapitalized {
                if text.isWord(index, .preposition) || text.isWord(index, .and) { continue }
                // A description right before a full name of two or three words, with no
                // preposition in the mention, is its role ("le conseiller Hervé Kerbrat", "o
                // delegado Marcelo Antunes"); elsewhere a lower-case word means no name. The
                // mention is not taken for a person: the words may still be an organisation's.
                var name = last
                while name > index + 1, text.isNameWord(name - 1) { name -= 1 }
                guard name == index + 1, last > name, last - name < Self.personWords, text.isNameWord(name),
                    (name...last).allSatisfy({ text.isNameWord($0) }),
                    !(first...last).contains(where: { text.isWord($0, .preposition) })
                else { return nil }
                parsed.words = last - name + 1
                first = name
                break
            }
            parsed.words += 1
        }
        guard parsed.words > 0 else { return nil }
        parsed.first = first
        parsed.last = last
        return parsed
    }

    /// The person named with the role of `range` ("the minister", "die Ministerin"), when a
    /// determiner opens it and every word after is a role or title: a known person with that role, else one
    /// named with it in this sentence or the two before.
    private mutating func roleHolder(_ range: ClosedRange<Int>) -> String? {
        guard text.isWord(range.lowerBound, .determiner), isRole(range.upperBound, compounds: false) else { return nil }
        var first = range.lowerBound
        while first < range.upperBound, text.isWord(first, .determiner) || text.isPossessive(first) { first += 1 }
        for index in first..<range.upperBound where !isRole(index, compounds: false) { return nil }
        let role = text.text(range.upperBound, range.upperBound).lowercased()
        if let known = entries.lastIndex(where: { holds(role, $0) }) { return promote(known) }
        for run in nameRuns(before: range.lowerBound).runs.map(\.tokens) {
            if let entry = register(mention: run), holds(role, entries[entry]) { return promote(entry) }
        }
        return nil
    }

    /// Whether `entry` is a person named with the lower-case `role`, or a compound ending in it.
    private func holds(_ role: String, _ entry: Entry) -> Bool {
        entry.isPerson && entry.roles.contains { text.text($0, $0).lowercased().hasSuffix(role) }
    }

    /// Whether the word at `index` is a title, a role or an abbreviated title, or, when
    /// `compounds` asks, a compound that ends in one ("Landesverkehrsministerin").
    func isRole(_ index: Int, compounds: Bool) -> Bool {
        if RoleWords.isRole(index, in: text) { return true }
        guard index >= 0, index < text.tokens.count else { return false }
        let token = text.tokens[index]
        guard compounds, token.isCapitalized, token.end - token.start >= Self.compoundRoleLength else { return false }
        let word = text.text(index, index).lowercased()
        return RoleWords.compoundEndings.contains { word.utf8.count > $0.utf8.count && word.hasSuffix($0) }
    }

    /// The most salient person whose known gender does not contradict `gender`, for a pronoun
    /// at token `index`: the first person named in its sentence or the two before, else the most
    /// recent person, unless a source that names nobody comes in those sentences; records the
    /// gender on the person found.
    private mutating func mostSalientPerson(gender: WordClass, before index: Int) -> String? {
        let fits = { (entry: Entry) in
            entry.isPerson && (entry.gender.isEmpty || gender.isEmpty || entry.gender == gender)
        }
        var found: Int?
        var foundAt = -1
        let window = nameRuns(before: index)
        // A person with "him" after them in a sentence is not "he", there or in older sentences.
        var objects: [UInt64] = []
        for candidate in window.runs {
            let run = candidate.tokens
            let surname = text.tokens[run.upperBound].key
            if candidate.isFollowedByHim, gender.contains(.male) { objects.append(surname) }
            if objects.contains(surname) { continue }
            // A lone word is looked up in the names before only where it opens its sentence
            // ("Doe, who …, agreed."): elsewhere it is rather a place ("in Salem").
            let entry =
                run.count > 1
                ? person(mentionedAs: run)
                : run.lowerBound == 0 || grammar.opensSentence(after: run.lowerBound - 1)
                    ? person(named: run.lowerBound) : knownPerson(surname: text.tokens[run.lowerBound].key)
            if let entry, fits(entries[entry]) {
                found = entry
                foundAt = run.lowerBound
                break
            }
        }
        // "A former official said …. “…,” he said.": the person is the unnamed source.
        if let unnamed = unnamedSource, unnamed >= window.start, unnamed > foundAt { return nil }
        guard let index = found ?? entries.lastIndex(where: fits) else { return nil }
        entries[index].gender.formUnion(gender)
        return promote(index)
    }
}
