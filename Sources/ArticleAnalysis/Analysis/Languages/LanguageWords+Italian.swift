extension LanguageWords {
    /// Italian: «…», ha detto Rossi; secondo; subjects dropped; di.
    static let italian = LanguageWords(
        classes: [
            ("domanda risposta", .pageLabel),
            ("lui egli", [.pronoun, .personPronoun, .male]),
            ("lei", [.pronoun, .personPronoun, .female]),
            ("loro noi io", .pronoun),
            ("il lo la i gli le un uno una suo sua suoi sue", [.determiner, .article]),
            (
                "questo questa questi queste altri altre molti molte alcuni alcune tutti tutte ogni due tre quattro"
                    + " cinque sei sette otto nove dieci",
                .determiner
            ),
            (
                "di del dello della dei degli delle a al allo alla ai agli alle da dal dalla dai in nel nella nei"
                    + " con su sul sulla per tra fra",
                .preposition
            ),
            ("che o se come dove quando non si mi ci ne è sono era erano", .boundary),
            ("e ed", .and),
            ("ma perché mentre però", [.conjunction, .boundary]),
            (
                "anche inoltre poi allora ieri oggi già ancora ora lunedì martedì mercoledì giovedì venerdì sabato domenica",
                .skippable
            ),
            ("è sono era erano essere stato stata", .be),
            ("ha hanno aveva avevano avrebbe", .auxiliary),
            (
                "presidente ministro ministra sindaco sindaca segretario segretaria senatore senatrice deputato"
                    + " deputata giudice professore professoressa dottor dottore dottoressa dott sig signor signora"
                    + " onorevole premier governatore",
                .title
            ),
            ("sig dott prof avv ing", .abbreviation),
            ("signor", .male),
            ("signora", .female),
            (
                "portavoce direttore direttrice assessore procuratore avvocato avvocata responsabile esperto esperta"
                    + " economista analista allenatore capo consigliere",
                .role
            ),
            (
                "università ministero governo tribunale comune commissione azienda banca ospedale partito sindacato",
                .organisation
            ),
            ("rapporto sondaggio studio comunicato", .document),
        ],
        cues: [
            (
                "detto dice dicono disse dissero affermato afferma affermano affermò dichiarato dichiara dichiarò",
                .speech
            ),
            ("spiegato spiega spiegò aggiunto aggiunge aggiunse sottolineato sottolinea sottolineò", .speech),
            ("precisato precisa commentato commenta osservato osserva ricordato ricorda assicurato assicura", .speech),
            ("ammesso ammette annunciato annuncia avvertito avverte scritto scrive replicato replica", .speech),
            ("risposto risponde insistito raccontato racconta concluso conclude confermato conferma", .speech),
            ("chiesto chiede spiegando aggiungendo dichiarando", .speech),
            ("prosegue proseguito ribadisce ribadito spiegava raccontava promette promesso lamenta", .speech),
            ("lamentato anticipato anticipa ribattuto ribatte puntualizzato puntualizza confidato confida", .speech),
            ("scherzato scherza evidenziato evidenzia esordito ammonito", .speech),
            ("sostenuto sostiene parlato invitato", .speech),
            ("riferisce riferiscono rivela rivelato spiegano sottolineano aggiungono annunciano", .speech),
            ("rilevato rileva avvertono dichiarano affermava diceva", .speech),
            ("denunciato denuncia criticato critica ritiene ritengono pensa crede", .stance),
            ("secondo", .sourceNext),
        ],
        bylineOpeners: "di",
        markers: "il della che gli sono è alla nel anche delle degli detto non sul di dei per questo ieri",
        dropsSubjects: true,
        participleEndings: "ato ata ati ate ito ita iti ite uto uta uti ute",
        gerundEndings: "ando endo",
        groups: [
            ("secondo", .ordinalCue), ("nessuno", .nobody), ("l un dell all dall nell sull quell", .elidedArticle),
            ("quanto", .reportedWhat), ("da dal dalla dai dalle dagli dall", .agentPreposition),
            (
                "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
                    + " lunedì martedì mercoledì giovedì venerdì sabato domenica",
                .calendar
            ),
        ]
    )
}
