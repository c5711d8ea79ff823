/// The kinds of cue, and the regular English inflections of a reporting verb; the verbs
/// themselves are in each language's `LanguageWords` table.
///
/// An English cue row with one word is a regular verb whose inflections are generated
/// ("support" gives supports, supported, supporting); a row with several words lists every
/// form to accept (irregular verbs, and verbs whose noun forms must be left out: "notes",
/// "remarks").
enum ReportingVerbs {
    /// How a cue relates to its source and to quotations.
    enum Kind: UInt8, Sendable {
        /// A verb of speech or writing: introduces direct quotes; source before ("Doe said")
        /// or, after a quote or comma, behind it ("said Doe").
        case speech
        /// A verb of thought, stance or reaction (believes, criticized): source before it.
        case stance
        /// An adjective of attitude after a form of "be": "Doe is confident that …".
        case attitude
        /// A phrase whose source follows it: "according to" (the finder asks for the "to").
        case sourceFollows
        /// A preposition whose source follows it directly: German "laut", French "selon".
        case sourceNext
    }

    /// The regular inflections of a verb: base, third person, past, -ing. A row that is a
    /// past or -ing form already ("noted") stands for itself only.
    static func inflections(of verb: String) -> [String] {
        guard verb.unicodeScalars.allSatisfy(\.isASCII) else { return [verb] }
        if verb.hasSuffix("ed") || verb.hasSuffix("ing") || verb.hasSuffix("s") { return [verb] }
        if verb.hasSuffix("e") {
            let stem = String(verb.dropLast())
            return [verb, verb + "s", verb + "d", stem + "ing"]
        }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) {
            let stem = String(verb.dropLast())
            return [verb, stem + "ies", stem + "ied", verb + "ing"]
        }
        if verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("ss") || verb.hasSuffix("x") {
            return [verb, verb + "es", verb + "ed", verb + "ing"]
        }
        return [verb, verb + "s", verb + "ed", verb + "ing"]
    }
}
