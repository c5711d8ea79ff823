extension LanguageWords {
    /// Spanish: «…», dijo Ruiz; según; subjects dropped ("«…», afirmó."); Por.
    static let spanish = LanguageWords(
        classes: [
            ("pregunta respuesta", .pageLabel),
            ("él", [.pronoun, .personPronoun, .male]),
            ("ella", [.pronoun, .personPronoun, .female]),
            ("ellos ellas nosotros yo usted ustedes", .pronoun),
            ("quien quienes", .relative),
            ("el la los las un una unos unas su sus", [.determiner, .article]),
            (
                "este esta estos estas ese esa esos esas otro otra otros otras varios varias muchos muchas algunos"
                    + " algunas todos todas cada dos tres cuatro cinco seis siete ocho nueve diez",
                .determiner
            ),
            ("de del en con por para a al desde sobre entre ante tras sin hacia contra durante mediante", .preposition),
            (
                "que o u si como donde cuando no se le les lo me nos ni ha han había habían es son fue fueron era"
                    + " eran está están estaba",
                .boundary
            ),
            ("y e", .and),
            ("pero porque aunque mientras", [.conjunction, .boundary]),
            (
                "también además luego después entonces ayer hoy ya todavía nuevamente ahora lunes martes miércoles jueves"
                    + " viernes sábado domingo",
                .skippable
            ),
            ("es son fue fueron era eran ser sido está están estaba", .be),
            ("ha han había habían habría", .auxiliary),
            (
                "señor señora sr sra presidente presidenta ministro ministra alcalde alcaldesa secretario secretaria"
                    + " senador senadora diputado diputada gobernador gobernadora juez jueza fiscal doctor doctora dr"
                    + " dra profesor profesora rey reina",
                .title
            ),
            ("sr sra dr dra lic", .abbreviation),
            ("señor", .male),
            ("señora", .female),
            (
                "portavoz director directora consejero consejera jefe jefa abogado abogada experto experta"
                    + " vicepresidente vicepresidenta delegado delegada responsable concejal concejala investigador"
                    + " investigadora economista analista entrenador",
                .role
            ),
            (
                "universidad ministerio gobierno tribunal ayuntamiento comisión empresa banco hospital partido"
                    + " sindicato",
                .organisation
            ),
            ("informe encuesta estudio comunicado", .document),
        ],
        cues: [
            ("dijo dice dicen dijeron decía dicho", .speech),
            ("afirmó afirma afirman afirmaron afirmado aseguró asegura aseguran aseguraron asegurado", .speech),
            ("explicó explica explican explicaron explicado declaró declara declararon declarado", .speech),
            ("señaló señala señalaron señalado añadió añade añadieron añadido indicó indica indicaron", .speech),
            ("sostuvo sostiene advirtió advierte advirtieron subrayó subraya destacó destaca destacaron", .speech),
            ("manifestó comentó comenta comentaron reconoció reconoce insistió insiste precisó apuntó", .speech),
            ("agregó agrega respondió responde respondieron relató admitió recordó recuerda expresó", .speech),
            ("aclaró anunció anuncia concluyó puntualizó sentenció lamentó reiteró confirmó confirma", .speech),
            ("negó niega preguntó exclamó escribió escribe contó", .speech),
            ("informó informa informaron", .speech),
            ("quejó bromeó resumió lamenta relata concluye matiza apostilla", .speech),
            ("sentencia zanja explicaba contaba recordaba prometió pidió pide reclamó reclama", .speech),
            ("detalló detalla reveló revela descartó descarta aseveró alertó insistieron", .speech),
            ("señalan advierten destacan", .speech),
            ("criticó critica denunció denuncia considera consideró cree opina opinó estima estimó", .stance),
            ("según", .sourceNext),
            ("acuerdo", .sourceFollows),
        ],
        bylineOpeners: "por",
        markers: "el los las según fue dijo más sus pero también ayer este esta",
        dropsSubjects: true,
        participleEndings: "ado ada ados adas ido ida idos idas",
        gerundEndings: "ando iendo yendo",
        groups: [
            ("nadie", .nobody), ("lo", .reportedWhat), ("por", .agentPreposition),
            (
                "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre"
                    + " diciembre lunes martes miércoles jueves viernes sábado domingo",
                .calendar
            ),
        ]
    )
}
