/// Generates realistic news articles from a seed: headlines, bylines, a dateline, narrative
/// paragraphs, quotations split by their attributions, pronoun follow-ups, unnamed sources,
/// and some German, French and Japanese articles with their own quotation marks.
///
/// The same seed always gives the same sequence of articles.
public struct ArticleGenerator: Sendable {
    /// The size of every generated article, in UTF-8 bytes.
    public static let sizeRange = 2_048...6_144

    private var random: SeededGenerator
    private var lastSpeaker: Speaker?

    private struct Speaker {
        let name: String
        let female: Bool
    }

    public init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// The next article of the sequence.
    public mutating func next() -> SyntheticArticle {
        lastSpeaker = nil
        let roll = random.next(below: 100)
        let language: ArticleLanguage =
            switch roll {
            case 0..<85: .english
            case 85..<92: .german
            case 92..<97: .french
            default: .japanese
            }
        // Leave room for the longest paragraph so the article never passes the upper bound.
        let target = random.next(in: (Self.sizeRange.lowerBound + 200)...(Self.sizeRange.upperBound - 900))
        let text =
            language == .english ? english(targetBytes: target) : foreign(language, targetBytes: target)
        return SyntheticArticle(text: text, language: language)
    }

    // MARK: - English

    private mutating func english(targetBytes: Int) -> String {
        let topic = random.pick(Vocabulary.topics)
        let place = random.pickSkewed(Vocabulary.places)
        let byline = byline()
        var text = headline(topic, place: place) + "\n"
        let bylineAtEnd = random.chance(10)
        if !bylineAtEnd { text += byline + "\n" }
        text += "\n" + place.uppercased() + " — " + narrativeSentence(topic, place: place)
        text += " " + narrativeSentence(topic, place: place)
        while text.utf8.count < targetBytes {
            text += "\n\n" + paragraph(topic, place: place)
        }
        if bylineAtEnd { text += "\n\n" + byline }
        return text + "\n"
    }

    private mutating func headline(_ topic: Topic, place: String) -> String {
        let subject = capitalised(random.pickSkewed(topic.subjects))
        switch random.next(below: 4) {
        case 0: return "\(subject) \(random.pick(topic.actions)) in \(place)"
        case 1:
            return
                "\(place) \(random.pickSkewed(topic.subjects)) \(random.pick(topic.actions)) after \(random.pick(Vocabulary.days)) vote"
        case 2: return "\(subject): what the \(random.pick(topic.roles)) says comes next"
        default:
            return
                "\(capitalised(random.pick(topic.organisations))) under pressure over \(random.pickSkewed(topic.subjects))"
        }
    }

    private mutating func byline() -> String {
        switch random.next(below: 20) {
        case 0..<14: return "By " + personName().name
        case 14..<17: return "By \(personName().name) and \(personName().name)"
        default: return "By \(personName().name), \(random.pick(Vocabulary.agencies))"
        }
    }

    private mutating func personName() -> Speaker {
        let female = random.chance(50)
        let given = random.pickSkewed(female ? Vocabulary.femaleNames : Vocabulary.maleNames)
        return Speaker(name: given + " " + random.pickSkewed(Vocabulary.surnames), female: female)
    }

    private mutating func paragraph(_ topic: Topic, place: String) -> String {
        switch random.next(below: 10) {
        case 0..<3:
            return (0..<random.next(in: 2...4)).map { _ in narrativeSentence(topic, place: place) }
                .joined(separator: " ")
        case 3..<5: return splitQuotation(topic)
        case 5: return speakerFirstQuotation(topic)
        case 6: return pronounQuotation(topic, place: place)
        case 7: return unnamedSourceParagraph(topic, place: place)
        case 8: return indirectSpeech(topic, place: place)
        default: return narrativeSentence(topic, place: place) + " " + splitQuotation(topic)
        }
    }

    private mutating func narrativeSentence(_ topic: Topic, place: String) -> String {
        let subject = random.pickSkewed(topic.subjects)
        let organisation = random.pick(topic.organisations)
        switch random.next(below: 8) {
        case 0:
            return
                "\(capitalised(organisation)) \(random.pick(topic.actions)) the \(subject) on \(random.pick(Vocabulary.days)) after \(random.pick(Vocabulary.quantities)) residents raised objections."
        case 1:
            return
                "\(random.pick(Vocabulary.connectives)), \(random.pick(Vocabulary.quantities)) people in \(random.pickSkewed(Vocabulary.places)) signed a petition about the \(subject)."
        case 2:
            return
                "The decision affects \(random.pick(Vocabulary.quantities)) households across \(place) and \(random.pickSkewed(Vocabulary.places))."
        case 3:
            return
                "Critics say the \(subject) has been handled poorly since it was first proposed in \(random.next(in: 1998...2025))."
        case 4:
            return
                "A report by \(organisation) found that costs had risen by \(random.next(in: 2...60)) percent in \(random.next(in: 2...9)) years."
        case 5:
            return "The \(subject) is expected to come before \(organisation) again before the end of the year."
        case 6:
            return
                "Neither \(organisation) nor \(random.pick(topic.organisations)) responded to requests for comment by \(random.pick(Vocabulary.days)) evening."
        default:
            return "In \(place), where the \(subject) has dominated local politics for months, opinions remain divided."
        }
    }

    /// “First part,” said NAME, the ROLE. “Second part.”
    private mutating func splitQuotation(_ topic: Topic) -> String {
        let speaker = newSpeaker()
        let role = random.pick(topic.roles)
        let first = capitalised(random.pick(topic.remarks))
        let second = capitalised(random.pick(topic.remarks))
        if random.chance(50) {
            return "“\(first),” said \(speaker.name), the \(role). “\(second).”"
        }
        return
            "“\(first),” \(speaker.name), a \(role), \(random.pick(Vocabulary.speechVerbs)). “\(second), and that is what matters.”"
    }

    /// NAME, a ROLE, said: “…”
    private mutating func speakerFirstQuotation(_ topic: Topic) -> String {
        let speaker = newSpeaker()
        return
            "\(speaker.name), a \(random.pick(topic.roles)) in \(random.pickSkewed(Vocabulary.places)), said: “\(capitalised(random.pick(topic.remarks))).”"
    }

    /// A follow-up quotation attributed with a pronoun to the previous speaker.
    private mutating func pronounQuotation(_ topic: Topic, place: String) -> String {
        guard let speaker = lastSpeaker else { return splitQuotation(topic) }
        let pronoun = speaker.female ? "she" : "he"
        return "“\(capitalised(random.pick(topic.remarks))),” \(pronoun) \(random.pick(Vocabulary.speechVerbs)). "
            + narrativeSentence(topic, place: place)
    }

    private mutating func unnamedSourceParagraph(_ topic: Topic, place: String) -> String {
        let source = random.pick(Vocabulary.unnamedSources)
        switch random.next(below: 3) {
        case 0:
            return
                "The \(random.pickSkewed(topic.subjects)) will be \(random.pick(topic.actions)) within weeks, according to \(source). "
                + narrativeSentence(topic, place: place)
        case 1:
            return
                "“\(capitalised(random.pick(topic.remarks))),” said one of \(source), who asked not to be named because the talks were private."
        default:
            return
                "\(capitalised(source)) said \(random.pick(topic.organisations)) had \(random.pick(topic.actions)) the plan without consulting \(place)."
        }
    }

    private mutating func indirectSpeech(_ topic: Topic, place: String) -> String {
        let speaker = newSpeaker()
        return
            "\(speaker.name) told \(random.pick(Vocabulary.agencies)) that the \(random.pickSkewed(topic.subjects)) had been \(random.pick(topic.actions)) and that \(place) would be consulted."
    }

    private mutating func newSpeaker() -> Speaker {
        let speaker = personName()
        lastSpeaker = speaker
        return speaker
    }

    // MARK: - German, French, Japanese

    private mutating func foreign(_ language: ArticleLanguage, targetBytes: Int) -> String {
        let passages = ForeignPassages.passages(for: language)
        let place = random.pick(passages.places)
        var text = fill(random.pick(passages.headlines), passages, place: place) + "\n"
        text += "By " + personName().name + "\n"
        while text.utf8.count < targetBytes {
            var sentences: [String] = []
            for _ in 0..<random.next(in: 2...4) {
                let pool = random.chance(40) ? passages.quotations : passages.narrative
                sentences.append(fill(random.pick(pool), passages, place: place))
            }
            text += "\n" + sentences.joined(separator: passages.sentenceSeparator) + "\n"
        }
        return text
    }

    private mutating func fill(_ template: String, _ passages: ForeignPassages.Language, place: String) -> String {
        var result = ""
        var pendingPercent = false
        for character in template {
            guard pendingPercent else {
                if character == "%" { pendingPercent = true } else { result.append(character) }
                continue
            }
            pendingPercent = false
            switch character {
            case "N": result += random.pick(passages.names)
            case "P": result += place
            case "Q", "R": result += random.pick(passages.remarks)
            case "D": result += String(random.next(in: 2...900))
            default: result += "%" + String(character)
            }
        }
        return result
    }

    private func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
