/// The invented words, names and places the synthetic articles are built from.
///
/// Lists are ordered from common to rare: `SeededGenerator.pickSkewed` favours early entries,
/// which gives the archive a realistic spread of word frequencies for search.
public enum Vocabulary {
    public static let femaleNames = [
        "Anna", "Maria", "Elena", "Sofia", "Clara", "Ines", "Nora", "Lena", "Julia", "Marta",
        "Teresa", "Hanna", "Irene", "Olga", "Paula", "Rosa", "Vera", "Alma", "Edith", "Greta",
        "Helga", "Ilse", "Judit", "Kerstin", "Livia", "Mirela", "Nadia", "Oona", "Petronella", "Quilla",
    ]
    public static let maleNames = [
        "David", "Peter", "Martin", "Thomas", "Daniel", "Lukas", "Jonas", "Marco", "Pavel", "Oskar",
        "Tobias", "Anton", "Bruno", "Carlos", "Emil", "Felix", "Gustav", "Henrik", "Ivo", "Jakob",
        "Kasimir", "Leopold", "Matteo", "Nils", "Orlando", "Ruben", "Sander", "Teodor", "Ulrich", "Viktor",
    ]
    public static let surnames = [
        "Hale", "Moreno", "Lindgren", "Okafor", "Brandt", "Costa", "Novak", "Varga", "Keller", "Duarte",
        "Whitlock", "Ferreira", "Halvorsen", "Marchetti", "Quist", "Rasmussen", "Sato", "Tamura", "Ueda",
        "Vidal", "Weiland", "Yilmaz", "Zeller", "Abernathy", "Bellweather", "Castellane", "Dunmore",
        "Eskelinen", "Fairbrother", "Galloway", "Hollings", "Ivanescu", "Jorgensen", "Kowalczyk", "Larkspur",
        "Merriweather", "Nightingale", "Ostrowski", "Pemberton", "Quarrington", "Rothwell", "Silvestri",
        "Thornbury", "Underhill", "Vasquez-Lind", "Wetherby", "Yarborough", "Zanetti", "Ashdown", "Blackwood",
        "Cranford", "Delacroix-Moss", "Elsworth", "Fenwick", "Greenhalgh", "Hargreave", "Iredale", "Jessop",
        "Kilbride", "Lonsdale", "Mabry", "Northcott", "Oakhurst", "Penhaligon", "Ravensworth", "Stanbridge",
    ]
    public static let places = [
        "Kessington", "Port Alden", "Marlow Bay", "Veldhaven", "Ostrava Nova", "Greywater", "Lindenfeld",
        "Brackwell", "Saint Orme", "Caldmoor", "Elmsworth", "Fennick", "Harrowgate Cross", "Ivybridge Vale",
        "Juniper Falls", "Kirkholm", "Lowenstadt", "Meresby", "Northfleet", "Oldcastle Quay", "Pellingford",
        "Quarry Hill", "Redmarsh", "Stillwater Point", "Thornvik", "Upper Ashby", "Valmont", "Westerhaven",
        "Yarrowdale", "Zandvoorde", "Ambleton", "Birchmere", "Coldharbour", "Dunvegan Sound", "Eastwick Moor",
    ]
    public static let agencies = ["Reuters", "Associated Press", "Northern Wire", "Harbour Press Agency"]
    public static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static let speechVerbs = ["said", "added", "told reporters", "noted", "warned", "argued", "explained"]
    public static let unnamedSources = [
        "officials familiar with the talks", "two people who asked not to be named",
        "a person briefed on the plan", "sources close to the negotiations", "a senior official",
        "three people with knowledge of the matter", "an adviser who was not authorised to speak publicly",
    ]
    public static let connectives = [
        "Meanwhile", "Earlier this year", "Last month", "By contrast", "Since then", "In a statement",
        "At the same time", "For now", "Until recently", "In the weeks ahead",
    ]
    public static let quantities = [
        "two", "three", "four", "five", "a dozen", "several hundred", "about 40", "nearly 300", "more than 1,200",
        "roughly 18,000", "at least 70", "some 2.5 million",
    ]

    public static let topics: [Topic] = [
        Topic(
            name: "transport",
            subjects: [
                "rail strike", "fare increase", "bridge closure", "ferry timetable", "tram extension",
                "night bus service", "freight corridor", "signal failure", "cycle lane network", "airport expansion",
            ],
            organisations: [
                "the transport ministry", "the rail operator", "the drivers' union", "the regional transit authority",
                "the port authority", "the passenger council",
            ],
            roles: ["union leader", "transport minister", "rail operator spokesperson", "commuter group chair"],
            actions: ["delayed", "approved", "suspended", "cancelled", "postponed", "reviewed", "expanded"],
            remarks: [
                "commuters deserve a timetable they can trust", "we cannot keep patching a network built a century ago",
                "the trains will run again when the signals are safe", "nobody wants another winter of cancellations",
                "the fare rise was the only way to keep the night services",
                "this corridor changes what the region can export",
            ]),
        Topic(
            name: "energy",
            subjects: [
                "wind farm", "heating subsidy", "grid upgrade", "solar auction", "gas storage",
                "power outage", "tidal project", "battery plant", "coal phase-out", "electricity tariff",
            ],
            organisations: [
                "the energy regulator", "the grid operator", "the environment agency", "the utilities association",
                "the climate council",
            ],
            roles: ["energy minister", "grid engineer", "regulator", "climate scientist", "plant manager"],
            actions: ["connected", "approved", "blocked", "financed", "delayed", "restarted", "tendered"],
            remarks: [
                "the grid was never designed for this much wind", "households will see the difference on their bills",
                "storage is the missing piece", "we are building faster than ever and still not fast enough",
                "the outage lasted longer than anyone expected", "the subsidy buys time, not a solution",
            ]),
        Topic(
            name: "courts",
            subjects: [
                "appeal ruling", "fraud trial", "planning inquiry", "privacy case", "tenancy dispute",
                "procurement probe", "libel claim", "sentencing hearing", "data breach lawsuit", "zoning challenge",
            ],
            organisations: [
                "the appeals court", "the public prosecutor", "the bar association", "the ombudsman",
                "the civil liberties group",
            ],
            roles: ["judge", "defence lawyer", "prosecutor", "legal scholar", "court spokesperson"],
            actions: ["overturned", "upheld", "adjourned", "dismissed", "referred", "reopened", "settled"],
            remarks: [
                "the law has not caught up with the technology", "my client has always maintained his innocence",
                "the evidence speaks for itself", "this ruling will be cited for years",
                "justice delayed is justice denied", "we will study the judgment carefully before deciding",
            ]),
        Topic(
            name: "health",
            subjects: [
                "hospital waiting lists", "vaccine rollout", "nurse shortage", "sleep study", "clinic closure",
                "drug trial", "ambulance response times", "mental health service", "flu season", "air quality alert",
            ],
            organisations: [
                "the health ministry", "the nurses' union", "the regional hospital board", "the medical association",
                "the public health institute",
            ],
            roles: ["chief physician", "health minister", "epidemiologist", "nurse", "hospital director"],
            actions: ["published", "expanded", "halted", "funded", "extended", "reported", "recruited"],
            remarks: [
                "the wards have been full since October", "we saw a clear effect after six weeks",
                "staff are exhausted and it shows", "prevention is cheaper than any cure",
                "the numbers are moving in the right direction", "patients should not have to wait this long",
            ]),
        Topic(
            name: "economy",
            subjects: [
                "budget deficit", "factory closure", "interest rate decision", "housing market", "export figures",
                "minimum wage", "tech layoffs", "pension reform", "tourism season", "harvest prices",
            ],
            organisations: [
                "the central bank", "the finance ministry", "the chamber of commerce", "the employers' federation",
                "the statistics office", "the city council",
            ],
            roles: ["finance minister", "economist", "chief executive", "union negotiator", "council treasurer"],
            actions: ["cut", "raised", "froze", "revised", "announced", "missed", "beat"],
            remarks: [
                "the figures are better than we feared", "small businesses are carrying the heaviest load",
                "there is no painless way to close this gap", "we expect a gradual recovery next year",
                "the layoffs were a response to the market, not a strategy", "prices will settle once supply recovers",
            ]),
        Topic(
            name: "science",
            subjects: [
                "deep-sea microbes", "telescope survey", "glacier retreat", "fossil discovery", "gene therapy",
                "satellite launch", "bird migration", "coral bleaching", "quantum sensor", "volcano monitoring",
            ],
            organisations: [
                "the marine institute", "the space agency", "the university", "the natural history museum",
                "the geological survey",
            ],
            roles: ["lead author", "marine biologist", "astronomer", "geologist", "research director"],
            actions: ["discovered", "measured", "mapped", "sequenced", "launched", "confirmed", "observed"],
            remarks: [
                "we did not expect to find anything alive at that depth", "the data took three years to collect",
                "this changes how we read the older samples", "the signal was there all along",
                "nature keeps surprising us", "the next expedition leaves in spring",
            ]),
        Topic(
            name: "sport",
            subjects: [
                "cup final", "transfer window", "marathon record", "stadium renovation", "doping inquiry",
                "relegation battle", "coaching change", "youth academy", "ticket prices", "title race",
            ],
            organisations: [
                "the football federation", "the league", "the supporters' trust", "the anti-doping agency",
                "the Olympic committee",
            ],
            roles: ["head coach", "captain", "club president", "sports director", "goalkeeper"],
            actions: ["won", "lost", "drew", "signed", "sacked", "fined", "promoted"],
            remarks: [
                "we played with our hearts tonight", "the fans deserved more than that",
                "nobody in this dressing room is giving up", "the referee had a difficult evening",
                "it was the best half we have played all season", "we go again on Saturday",
            ]),
        Topic(
            name: "culture",
            subjects: [
                "lantern festival", "museum reopening", "film premiere", "library cuts", "opera season",
                "book prize", "street art project", "heritage listing", "concert hall", "theatre strike",
            ],
            organisations: [
                "the arts council", "the city museum", "the festival committee", "the heritage trust",
                "the writers' guild",
            ],
            roles: ["festival director", "curator", "novelist", "conductor", "museum director"],
            actions: ["opened", "closed", "honoured", "restored", "funded", "premiered", "postponed"],
            remarks: [
                "culture is not a luxury", "the building finally has the light it was designed for",
                "people came back as soon as the doors opened", "every library closed is a door shut",
                "the audience understood immediately", "we wanted the festival to belong to the whole town",
            ]),
    ]
}
