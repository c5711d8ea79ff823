import Testing

@testable import ArticleAnalysis

/// Texts that stop where a rule looks past them: a cue at the very start or end, a comma as the
/// first token. Each crashed the analyser (an index before the first or after the last token).
@Suite("Texts that begin or end where a rule reads on")
struct TextEdgeTests {
    @Test(
        "no rule reads before the first token or after the last",
        arguments: [
            ", said Doe.", ",said", "cited by", "The figure was cited by", "according to", "», a objecté",
            "«…», ha detto ieri in", "secondo quanto riferito da", "Preguntado por", "nach Angaben",
            "土屋さんはこう語った。「", "Read more:", ":", "“", "—", "Dyrektor teatru:",
            // Version 13's rules, each at the text's end.
            "Pelo menos doze pessoas morreram nos deslizamentos de terra em Serra Alta, na região do Rio,"
                + " informou a Defesa Civil",
            "Las lluvias dejaron doce muertos en la provincia del norte del país, informó este jueves",
            "De acuerdo con", "BOSTON", "am 26. Dezember", "— On nous avait dit, a lancé",
            "Il tecnico della squadra ha parlato. «Tira», ha raccontato ridendo", "L’allenatore",
            "市は避難指示を出したと発表した", "県警によ", "«…», explicou à agência Lusa",
            "Il consiglio comunale si è riunito ieri sera e la seduta è durata fino a tarda notte. «Tira», ha detto",
        ])
    func edges(text: String) {
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: text).isEmpty)
    }
}
