import Testing

@testable import ArticleAnalysis

@Suite("Source shapes: nouns that look like cues, relatives, numbers, appositions")
struct SourceShapeTests {
    /// An invented sentence and every attribution the analyser must give, as "source / cue".
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var attributions: [String]
        var description: String { text }
    }

    /// Sources that span a number, a possessive name, a relative clause or an apposition.
    static let sources: [Case] = [
        Case(
            text: "The pier is unsafe, according to a survey of nearly 12,500 residents published on Monday.",
            attributions: ["a survey of nearly 12,500 residents / according to"]),
        Case(
            text: "Two engineers who inspected the pier at the request of the council said it was unsafe.",
            attributions: ["Two engineers / said"]),
        Case(
            text: "Two divers who examined the piles said the pier was unsafe.",
            attributions: ["Two divers / said"]),
        Case(
            text: "Northfield Harbour’s lawyers rejected the claim, noting that the pier had passed inspection.",
            attributions: ["Northfield Harbour’s lawyers / rejected", "Northfield Harbour’s lawyers / noting"]),
        Case(
            text: "“The pier stays,” said Salem’s mayor, Ida Lund. “We will repair it.”",
            attributions: ["Salem’s mayor, Ida Lund / said"]),
        Case(
            text: "Der Hafenökonom Jonas Weber von der Universität Salem sagte, der Steg sei marode.",
            attributions: ["Der Hafenökonom Jonas Weber von der Universität Salem / sagte"]),
        // The verb phrase before "describing" is no source; its subject sits behind a quote.
        Case(
            text: "A group calling itself “Pier Friends” handed out leaflets describing the repair as a waste.",
            attributions: ["A group / calling"]),
        Case(
            text: "„Der Steg ist marode“, sagte er. „Wir müssen handeln.“",
            attributions: ["er / sagte"]),
        Case(
            text: "« Nous avons tout perdu », a expliqué l’un d’eux.",
            attributions: ["l’un d’eux / expliqué"]),
        Case(
            text: "“The pier is finished,” said officials at the harbour office.",
            attributions: ["officials at the harbour office / said"]),
        Case(
            text: "Regional governor Ida Lund, speaking in the port town, Salem, described the damage.",
            attributions: ["Regional governor Ida Lund / described"]),
        Case(
            text: "Figures released by the harbour board show that the pier is unsafe.",
            attributions: ["Figures released by the harbour board / show"]),
        // A verb of stance in a "that" clause is what the first source reported, or a relative.
        Case(
            text: "Moreno said that the harbour board wants a new pier.",
            attributions: ["Moreno / said"]),
        Case(
            text: "The plan that the harbour board released on Monday is short.",
            attributions: []),
        // …but one that introduces a quotation is an attribution of its own.
        Case(
            text: "A collapse that the harbour board described as “an act of neglect.”",
            attributions: ["the harbour board / described"]),
        // After an auxiliary, a noun is the object or an inverted subject ("had the board").
        Case(
            text: "Only later had the harbour board found a buyer.",
            attributions: []),
        // A noun in -ly is no adverb, and people are named by whom they are close to.
        Case(
            text: "Friends of the family said the pier was unsafe.",
            attributions: ["Friends of the family / said"]),
        Case(
            text: "Those close to him say the pier is finished.",
            attributions: ["Those close to him / say"]),
        // A quoted transcript keeps its speaker labels.
        Case(
            text: "The exchange went on:\n\n“MORENO: The pier is unsafe.\n\n“LUND: It is not.”",
            attributions: ["MORENO / :", "LUND / :"]),
    ]

    @Test("each source shape", arguments: sources)
    func source(_ example: Case) {
        let annotations = QuoteAnalyzer.annotate(example.text)
        let found = annotations.attributions.map { "\($0.source?.text ?? "-") / \($0.cue?.text ?? "-")" }
        #expect(found == example.attributions)
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: example.text).isEmpty)
    }

    /// Words that look like cues but are no reporting verbs here: nouns after an article,
    /// names given to things, participles of a reduced relative clause.
    static let nonCues: [Case] = [
        Case(
            text: "The closure follows a warning from the harbour board that the pier could collapse.",
            attributions: []),
        Case(
            text: "The first report came from a junior engineer named Ida Lund in March.",
            attributions: []),
        Case(
            text: "The board is relying on rosy harbour forecasts to close the gap.",
            attributions: []),
        Case(
            text: "The harbour hotline received just four calls in three years.",
            attributions: []),
        Case(
            text: "The board is counting on optimistic harbour forecasts to close the gap.",
            attributions: []),
        Case(
            text: "Volunteers from a group called “Pier Friends” have been clearing the beach.",
            attributions: []),
        Case(
            text: "Cracks found on the piles were later photographed. Photographs of cracks were shared widely.",
            attributions: []),
        Case(
            text: "Plans released during the hearing show that the pier was never inspected. The plans were old.",
            attributions: ["Plans released during the hearing / show"]),
    ]

    @Test("each word that is no cue here", arguments: nonCues)
    func nonCue(_ example: Case) {
        let found = QuoteAnalyzer.annotate(example.text).attributions.map {
            "\($0.source?.text ?? "-") / \($0.cue?.text ?? "-")"
        }
        #expect(found == example.attributions)
    }
}
