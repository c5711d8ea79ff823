extension LanguageWords {
    /// English: the closed classes and reporting verbs of US and British news copy.
    static let english = LanguageWords(
        classes: [
            ("he she he's she's he'll she'll he'd she'd", [.pronoun, .personPronoun]),
            (
                "they i we you it they're we're you're i'm it's they've we've i've they'll we'll i'll they'd we'd i'd",
                .pronoun
            ),
            ("who which who's", .relative),
            (
                "the a an this these those some many most several other others another both each every few all any"
                    + " no his her their its our my your one two three four five six seven eight nine ten eleven twelve"
                    + " dozens hundreds thousands millions numerous multiple senior top",
                .determiner
            ),
            (
                "of at for from with in on near inside among within to by",
                .preposition
            ),
            (
                "that whom whose when while because as if but or nor so than where whether although though since"
                    + " after before until unless once what how why him them us me is are be being were will would can"
                    + " could should may must might do does did has have had was been not never there here just about"
                    + " into over under against through during without across toward towards upon via per despite"
                    + " like whether",
                .boundary
            ),
            (
                "also has have had can cannot later previously recently repeatedly then once did does do would"
                    + " will could might may should must already often never not publicly privately frequently initially"
                    + " first again still even long quickly simply flatly explicitly specifically bluntly openly today"
                    + " yesterday tonight earlier monday tuesday wednesday thursday friday saturday sunday on last week"
                    + " now reportedly similarly likewise separately subsequently ultimately eventually finally further"
                    + " herself himself themselves itself indeed however sometimes always usually ever actually really"
                    + " apparently generally largely certainly instead nevertheless twice soon less more fully"
                    + " again yet meanwhile overall moreover furthermore nonetheless afterward afterwards thus just since"
                    + " very only too quite rather far",
                .skippable
            ),
            (
                "days week weeks month months year years decade decades morning afternoon evening night weekend",
                [.skippable, .time]
            ),
            (
                "mr mrs ms dr sen rep gov gen lt col sgt st jr sr prof messrs rev capt adm maj cmdr gens sens reps",
                .abbreviation
            ),
            (
                "mr mrs ms dr sen rep gov gen lt col sgt prof president senator governor mayor minister secretary"
                    + " representative congressman congresswoman judge justice chancellor director chairman chairwoman"
                    + " chief ambassador spokesman spokeswoman spokesperson adviser advisor professor candidate speaker"
                    + " leader commissioner attorney general sheriff detective officer pope rabbi reverend lord lady sir"
                    + " dame prince princess king queen",
                .title
            ),
            ("to", .to),
            ("by", .by),
            ("and &", .and),
            ("all both each", .floating),
            ("them whom us him me", .objectPronoun),
            ("but yet though although because while whereas as", .conjunction),
            ("is was were are been being be am", .be),
            (
                "met made took gave went came got put ran won lost left held kept brought began became sent spent found"
                    + " built led paid stood fell set hit",
                .irregularPast
            ),
            ("the a an no his her their its our my your", .article),
            ("poll polls polling survey surveys study report", .document),
            ("mr he he's he'll he'd him his", .male),
            ("mrs ms miss she she's she'll she'd her", .female),
            (RoleWords.roles, .role),
            (RoleWords.organisations, .organisation),
            (
                "ordered recalled called named backed pressed pushed blocked nominated charged sued identified"
                    + " expected considered laid exposed weighed knocked"
                    + " authorized framed avoided reversed offered encouraged threatened ruled listed found shown"
                    + " sought decided voted estimated requested released issued supported signed viewed upset"
                    + " recommended posted embraced welcomed worried recognized declared",
                .actInPassive
            ),
            (
                "watch note editor's editors contributing contributed update updated correction related photo photos"
                    + " video listen advertisement caption credit disclaimer read more also see ps subscribe follow"
                    + " share click warning breaking live exclusive question answer preview letters kick-off",
                .pageLabel
            ),
            ("tell tells told telling informed", .takesListener),
            ("has have had can could will would shall should may might must do does did", .helperVerb),
            (
                "family ally rally assembly supply monopoly anomaly melancholy bully belly jelly lily folly"
                    + " elderly weekly monthly quarterly daily biweekly fortnightly",
                .notAdverb
            ),
        ],
        cues: [
            ("say says said saying", .speech), ("tell tells told", .speech), ("adds added", .speech),
            ("noted noting", .speech), ("write writes wrote", .speech), ("tweeted tweeting", .speech),
            ("argue", .speech), ("insist", .speech), ("warn", .speech), ("explain", .speech), ("ask", .speech),
            ("continued", .speech), ("stated", .speech), ("declare", .speech), ("reply", .speech),
            ("respond", .speech), ("recalls recalled", .speech), ("acknowledge acknowledges acknowledged", .speech),
            ("concede", .speech), ("admit admits admitted admitting", .speech), ("remarked", .speech),
            ("quip quips quipped", .speech), ("joked jokes joking", .speech), ("complain", .speech),
            ("countered", .speech),
            ("emphasize", .speech), ("emphasised", .speech), ("stressed", .speech), ("observed", .speech),
            ("announce", .speech), ("conclude", .speech), ("suggest", .speech), ("predict", .speech),
            ("promised", .speech), ("vow", .speech), ("urge", .speech), ("caution", .speech), ("reported", .speech),
            ("confirm", .speech), ("deny", .speech), ("mused", .speech), ("shouted", .speech),
            ("yelled", .speech), ("exclaimed", .speech), ("whispered", .speech), ("boast", .speech),
            ("brag bragged bragging", .speech), ("contend", .speech),
            ("reiterate", .speech), ("assure", .speech), ("echoed", .speech), ("mention", .speech),
            ("spoke", .speech), ("talked", .speech), ("repeated", .speech),
            ("answered", .speech), ("proclaimed", .speech),
            ("criticize", .stance), ("criticised", .stance), ("accuse", .stance), ("praised praises", .stance),
            ("defend", .stance),
            ("describe", .stance), ("endorse endorses endorsed", .stance), ("expressed", .stance), ("agree", .stance),
            ("referring", .stance),
            ("referred", .stance), ("pointed", .stance), ("reveal", .stance), ("declined", .stance),
            ("refused", .stance),
            ("hope", .stance), ("believe believes", .stance), ("think thinks thought", .stance),
            ("knows", .stance),
            ("fear feared fearing", .stance), ("cited citing", .stance),
            ("quoted", .stance), ("called calling calls", .stance), ("supported supporting supports", .stance),
            ("oppose", .stance), ("show shows showed shown showing", .stance), ("finds found", .stance),
            ("see sees", .stance), ("seeks sought seeking", .stance), ("propose", .stance),
            ("pledged pledging", .stance),
            ("attacked", .stance), ("reject", .stance), ("dismiss", .stance),
            ("questioned questioning", .stance), ("indicate", .stance), ("named", .stance), ("blasted", .stance),
            ("backed backing", .stance), ("offered", .stance), ("denounce", .stance), ("condemn", .stance),
            ("mock", .stance), ("learned", .stance), ("prefer prefers preferred", .stance), ("demands", .stance),
            ("decided", .stance), ("voiced", .stance),
            ("estimated", .stance), ("recommend", .stance),
            ("voted", .stance), ("welcomed", .stance),
            ("applaud", .stance), ("slammed", .stance), ("lamented", .stance),
            ("highlighted", .stance), ("touted touts", .stance), ("signaled", .stance),
            ("know knew", .stance), ("want wants wanted", .stance), ("retweet", .speech),
            ("imply implied implies", .stance), ("recognize", .stance), ("laud", .stance),
            ("discuss", .speech), ("decry decried decries", .stance), ("claim", .speech), ("viewed", .stance),
            ("hailed", .stance), ("blame", .stance),
            ("telling", .speech), ("posted", .speech), ("dismissed", .stance),
            ("ordered", .stance), ("pointing", .stance), ("promising", .speech), ("discussed", .speech),
            ("recalling", .speech), ("assert", .speech), ("reminded", .speech), ("listed", .stance),
            ("encouraged", .stance), ("stating", .speech), ("railed rails railing", .speech), ("challenged", .stance),
            ("threatened", .stance), ("portrayed portraying", .stance), ("refusing", .stance), ("emailed", .speech),
            ("thanked", .speech), ("slams", .stance), ("addressed", .speech), ("endorsing", .stance),
            ("embraced", .stance), ("pleaded", .speech), ("issued", .speech), ("notes", .speech),
            ("pushed pushing", .stance), ("discussing", .speech), ("express expresses", .stance),
            ("reads", .speech), ("ruled", .stance), ("sounded", .speech), ("repeating", .speech),
            ("commented interjected remarking echoing apologized thanking recounted testified", .speech),
            ("wondered chanted chanting alleges talking talks", .speech),
            ("cite cites blasts blasting assailed lambasted derided likened slamming praising touting", .stance),
            ("invoked referenced bemoaned congratulated advocated refuses balked sided threaten expressing", .stance),
            (
                "expect expecting believing considers realized remember remembers remembered noticed worry wonder",
                .stance
            ),
            ("disagree reacted outlined outlining unveiled", .stance),
            (
                "released filed published publishing publishes signed identified identify identifies identifying",
                .stance
            ),
            ("feel estimates estimate requested favor laid exposed blocked weighed alleged sued knocked", .stance),
            ("nominate nominated pressed focused focuses focusing expects disclosed lashed imagined", .stance),
            ("considered charged contradicted envision envisioned", .stance),
            ("reaffirm", .speech),
            (
                "reports hints speculate speculated surmised clarified elaborated retorted confess gushed scoffed fumed",
                .speech
            ),
            ("rebut rebuts refute chided chides chiding scolded underscored underscores refers", .speech),
            ("forecast", .speech),
            ("avoided reversed authorized framed distanced", .stance),
            (
                "confident skeptical eager aware convinced worried concerned optimistic hopeful glad unhappy reluctant wary upset supportive",
                .attitude
            ),
            ("according", .sourceFollows),
        ],
        bylineOpeners: "by",
        markers: "the and of said with that was were from this which have would",
        inflectsVerbs: true,
        groups: [
            (
                "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions several"
                    + " many few both",
                .pluralQuantity
            ),
            ("during after before since over under through across into", .boundaryPreposition),
            ("a an", .indefiniteArticle),
            ("named called", .namingVerb),
            ("nobody", .nobody),
            (
                "january february april july september october november december monday tuesday wednesday"
                    + " thursday friday saturday sunday",
                .calendar
            ),
        ]
    )
}
