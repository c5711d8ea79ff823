/// Sentences for the German, French and Japanese articles, each with its own quotation marks
/// and reporting verbs. `%N` is a speaker's name, `%P` a place, `%Q` a quotation and `%R`
/// a second quotation, `%D` a number.
enum ForeignPassages {
    struct Language {
        let headlines: [String]
        let narrative: [String]
        let quotations: [String]
        let remarks: [String]
        let names: [String]
        let places: [String]
        /// Joins the sentences of a paragraph.
        let sentenceSeparator: String
    }

    static func passages(for language: ArticleLanguage) -> Language {
        switch language {
        case .german: german
        case .french: french
        case .japanese: japanese
        case .english: preconditionFailure("English articles are built from Vocabulary")
        }
    }

    static let german = Language(
        headlines: [
            "Bahnstreik legt den Verkehr in %P lahm", "Neue Brücke in %P bleibt vorerst gesperrt",
            "Stadtrat von %P streitet über den Haushalt", "Hagel zerstört Ernte rund um %P",
        ],
        narrative: [
            "Der Streik trifft vor allem Pendler in %P.",
            "Nach Angaben der Behörden waren am Dienstag mehr als %D Menschen betroffen.",
            "Die Verhandlungen sollen in der kommenden Woche fortgesetzt werden.",
            "Kritiker werfen der Landesregierung vor, viel zu spät reagiert zu haben.",
            "Über die Höhe der Kosten wurde zunächst nichts bekannt.",
            "Die Gewerkschaft kündigte weitere Warnstreiks für den Fall an, dass kein Angebot vorgelegt wird.",
        ],
        quotations: [
            "„%Q“, sagte %N am Mittwoch. „%R.“",
            "%N erklärte: „%Q.“",
            "„%Q“, betonte %N vor Journalisten in %P.",
            "Nach Angaben von Personen, die mit den Gesprächen vertraut sind, ist eine Einigung nicht in Sicht.",
        ],
        remarks: [
            "Wir können so nicht weitermachen", "Die Fahrgäste haben genug von leeren Versprechen",
            "Eine Lösung ist möglich, aber nicht um jeden Preis", "Das Ergebnis ist für alle enttäuschend",
            "Wir werden die Entscheidung sorgfältig prüfen", "Die Lage ist ernst, aber nicht hoffnungslos",
        ],
        names: ["Jonas Weiland", "Greta Zeller", "Ulrich Brandt", "Kerstin Halvorsen", "Tobias Keller"],
        places: ["Lindenfeld", "Lowenstadt", "Kirkholm", "Westerhaven"],
        sentenceSeparator: " ")

    static let french = Language(
        headlines: [
            "La grêle ravage les vignobles de %P", "Grève des contrôleurs à %P",
            "À %P, le nouveau musée ouvre enfin ses portes", "Le conseil municipal de %P vote le budget",
        ],
        narrative: [
            "La grêle a ravagé les vignobles autour de %P en moins d’une heure.",
            "Selon la préfecture, plus de %D personnes ont été touchées.",
            "Les négociations doivent reprendre la semaine prochaine.",
            "L’opposition dénonce une réaction tardive du gouvernement.",
            "Le coût total n’a pas encore été rendu public.",
            "Les viticulteurs estiment avoir perdu près de la moitié de la récolte.",
        ],
        quotations: [
            "« %Q », a déclaré %N jeudi. « %R. »",
            "%N a expliqué : « %Q. »",
            "« %Q », a confié un responsable qui a requis l’anonymat.",
            "Selon des sources proches du dossier, aucun accord n’est attendu avant l’été.",
        ],
        remarks: [
            "Nous ne pouvons pas attendre plus longtemps", "C’est une catastrophe pour toute la région",
            "Il faudra des années pour reconstruire", "Nous avons fait tout ce qui était possible",
            "Personne n’avait prévu une telle violence", "La décision sera prise avec les habitants",
        ],
        names: ["Élise Marchetti", "Mathéo Delacroix", "Inès Vidal", "Aurélien Castellane"],
        places: ["Valmont", "Saint Orme", "Caldmoor", "Fennick"],
        sentenceSeparator: " ")

    static let japanese = Language(
        headlines: [
            "%Pで新フェリー航路が開設", "%Pの市議会、予算案を可決", "%Pで灯籠祭り、三年ぶりに開催",
            "%Pの病院、夜間診療を再開",
        ],
        narrative: [
            "新しい航路は来月から毎日運航される予定だ。",
            "市によると、利用者は年間%D万人に達する見込みだという。",
            "地元の漁業関係者からは懸念の声も上がっている。",
            "運賃は片道千二百円に設定された。",
            "%Pでは人口の減少が続いており、交通の確保が課題となっていた。",
        ],
        quotations: [
            "「%Q」と%N氏は述べた。", "%N市長は「%Q」と語った。",
            "関係者によると、計画は当初より半年遅れているという。",
        ],
        remarks: [
            "島の暮らしが大きく変わる", "安全を最優先に運航したい", "観光客の増加に期待している",
            "漁業への影響を慎重に見極める必要がある",
        ],
        names: ["佐藤", "田村", "上田", "中島", "小野寺"],
        places: ["白砂港", "青葉町", "東浜市", "霧ヶ丘"],
        sentenceSeparator: "")
}
