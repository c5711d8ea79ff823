extension LanguageWords {
    /// Portuguese: «…», disse o ministro; segundo; subjects dropped; Por.
    static let portuguese = LanguageWords(
        classes: [
            ("pergunta resposta", .pageLabel),
            ("ele", [.pronoun, .personPronoun, .male]),
            ("ela", [.pronoun, .personPronoun, .female]),
            ("eles elas nós eu você", .pronoun),
            ("o a os as um uma seu sua seus suas", [.determiner, .article]),
            (
                "este esta estes estas esse essa outro outra outros outras vários várias muitos muitas alguns"
                    + " algumas todos todas cada dois duas três quatro cinco seis sete oito nove dez",
                .determiner
            ),
            (
                "de do da dos das em no na nos nas com por pelo pela pelos pelas para ao aos à às sobre entre sem",
                .preposition
            ),
            ("que ou se como onde quando não lhe é são foi foram era", .boundary),
            ("e", .and),
            ("mas porque embora enquanto", [.conjunction, .boundary]),
            (
                "também ainda já ontem hoje antes depois agora segunda-feira terça-feira quarta-feira quinta-feira"
                    + " sexta-feira sábado domingo",
                .skippable
            ),
            ("é são foi foram era eram ser sido está estão estava", .be),
            ("tem têm tinha tinham havia", .auxiliary),
            (
                "presidente ministro ministra primeiro-ministro secretário secretária senador senadora deputado"
                    + " deputada governador governadora prefeito prefeita juiz juíza professor professora doutor"
                    + " doutora dr dra sr sra senhor senhora",
                .title
            ),
            ("sr sra dr dra", .abbreviation),
            ("senhor", .male),
            ("senhora", .female),
            (
                "porta-voz diretor diretora autarca advogado advogada especialista economista analista treinador"
                    + " responsável chefe",
                .role
            ),
            (
                "universidade ministério governo tribunal câmara comissão empresa banco hospital partido sindicato",
                .organisation
            ),
            ("relatório inquérito estudo sondagem pesquisa comunicado", .document),
        ],
        cues: [
            ("disse diz dizem disseram dito afirmou afirma afirmam afirmaram declarou declara declararam", .speech),
            ("explicou explica explicaram acrescentou acrescenta sublinhou sublinha salientou salienta", .speech),
            ("garantiu garante assegurou referiu refere adiantou destacou destaca observou lembrou lembra", .speech),
            ("admitiu reconheceu comentou contou respondeu responde anunciou anuncia avisou alertou alerta", .speech),
            ("escreveu confirmou confirma negou nega insistiu frisou precisou questionou perguntou", .speech),
            ("frisa conta remata rematou admite lamenta lamentou prometeu promete", .speech),
            ("pediu pede recorda recordou desabafa desabafou ironiza ironizou", .speech),
            ("informou informa informaram confirmaram revelou revela detalhou detalha", .speech),
            ("recomenda recomendou brincou brinca gracejou graceja garantem afirmava dizia", .speech),
            ("criticou critica defendeu defende considera considerou acredita", .stance),
            ("segundo", .sourceNext),
            ("acordo", .sourceFollows),
        ],
        bylineOpeners: "por",
        markers: "os não uma ao foi pelo pela mais também disse são dos às seu hoje há muito",
        dropsSubjects: true,
        quotesWithDashes: true,
        hyphenatedPronouns: "me te se lhe lhes nos vos",
        participleEndings: "ado ada ados adas ido ida idos idas",
        gerundEndings: "ando endo indo",
        groups: [
            ("segundo", .ordinalCue), ("ninguém", .nobody),
            (
                "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
                    + " segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
                .calendar
            ),
        ]
    )
}
