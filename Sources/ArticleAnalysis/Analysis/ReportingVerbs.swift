/// The lexicon of reporting verbs and phrases, in all their inflections: the one table the
/// attribution finder reads.
enum ReportingVerbs {
    /// How a cue relates to its source and to quotations.
    enum Kind: UInt8, Sendable {
        /// A verb of speech or writing: introduces direct quotes; source before ("Doe said")
        /// or, after a quote or comma, behind it ("said Doe").
        case speech
        /// A verb of stance or reaction (criticized, believes): indirect attributions only,
        /// source before it.
        case stance
        /// A phrase whose source follows it: "according to", "cited by", "quoted by".
        case sourceFollows
    }

    /// Each entry: the inflected forms of one verb (or the first word of a phrase) and its kind.
    static let entries: [(forms: String, kind: Kind)] = [
        ("say says said saying", .speech),
        ("tell tells told telling", .speech),
        ("add adds added adding", .speech),
        ("note notes noted noting", .speech),
        ("write writes wrote writing", .speech),
        ("tweet tweets tweeted tweeting", .speech),
        ("argue argues argued arguing", .speech),
        ("insist insists insisted insisting", .speech),
        ("warn warns warned warning", .speech),
        ("explain explains explained explaining", .speech),
        ("ask asks asked asking", .speech),
        ("continued", .speech),
        ("stated", .speech),
        ("declare declares declared declaring", .speech),
        ("reply replies replied replying", .speech),
        ("respond responds responded responding", .speech),
        ("recall recalls recalled recalling", .speech),
        ("acknowledge acknowledges acknowledged acknowledging", .speech),
        ("claimed claiming", .speech),
        ("concede concedes conceded conceding", .speech),
        ("admit admits admitted admitting", .speech),
        ("remark remarks remarked", .speech),
        ("quip quips quipped", .speech),
        ("joke jokes joked", .speech),
        ("complain complains complained complaining", .speech),
        ("countered", .speech),
        ("emphasize emphasizes emphasized emphasised", .speech),
        ("stressed", .speech),
        ("observe observes observed", .speech),
        ("announce announces announced announcing", .speech),
        ("conclude concludes concluded", .speech),
        ("suggest suggests suggested suggesting", .speech),
        ("predict predicts predicted predicting", .speech),
        ("promised", .speech),
        ("vow vows vowed vowing", .speech),
        ("urge urges urged urging", .speech),
        ("caution cautions cautioned", .speech),
        ("reported", .speech),
        ("testified", .speech),
        ("confirm confirms confirmed", .speech),
        ("deny denies denied", .speech),
        ("mused", .speech),
        ("shouted", .speech),
        ("yelled", .speech),
        ("exclaimed", .speech),
        ("whispered", .speech),
        ("boasted", .speech),
        ("bragged", .speech),
        ("charged", .speech),
        ("contended", .speech),
        ("maintained", .speech),
        ("posted", .speech),
        ("criticize criticizes criticized criticised", .stance),
        ("accuse accuses accused", .stance),
        ("praise praises praised", .stance),
        ("defend defends defended", .stance),
        ("describe describes described", .stance),
        ("endorse endorses endorsed", .stance),
        ("expressed", .stance),
        ("agreed", .stance),
        ("referring", .stance),
        ("pointed", .stance),
        ("revealed", .stance),
        ("declined", .stance),
        ("refused", .stance),
        ("hopes", .stance),
        ("believes", .stance),
        ("cited citing", .stance),
        ("quoted", .stance),
        ("called calling", .stance),
        ("according", .sourceFollows),
    ]
}
