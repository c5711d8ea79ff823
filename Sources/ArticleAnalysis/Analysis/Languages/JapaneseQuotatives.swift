/// Speakers, cues and sources of Japanese text, which the word rules cannot read: a text
/// without spaces is cut into long tokens ("田中外相は記者会見で", "と述べた"), so the particles
/// that mark roles are read inside the tokens.
///
/// A 「…」 followed by the quotative と is reported speech, and the token that と opens
/// ("と述べた") is its cue. Its speaker is the topic or subject of the sentence before the
/// quote: the text up to the first は or が after a kanji, a katakana or さん ("田中外相は「…」と
/// 述べた" → 田中外相), its name without the title (田中); with no subject the speaker is the one
/// quoted before. "Xによると" and "Xによれば" are attributions to X.
enum JapaneseQuotatives {
    /// What one quotation gets: the speaker mention, its name and the cue.
    struct Speaker {
        var mention: TextSpan?
        var name: String?
        var cue: TextSpan
    }

    /// Titles and honorifics that follow a name ("田中外相", "鈴木氏"), longest first.
    static let titles = [
        "官房長官", "委員長", "理事長", "報道官", "大統領", "首相", "外相", "大臣", "社長", "知事", "市長", "代表", "会長",
        "准教授", "教授", "議員", "監督", "選手", "長官", "総裁", "部長", "課長", "容疑者", "被告", "さん", "氏", "様",
    ]

    /// The cue and speaker of the quotation `piece` when the quotative と follows it; `previous` is
    /// the name of the speaker quoted before, for a sentence without a subject.
    static func speaker(of piece: QuoteFinder.Piece, in text: TokenText, previous: String?) -> Speaker? {
        let after = piece.lastToken + 1
        guard piece.isClosed, after < text.tokens.count, text.tokens[after].kind == .word,
            text.tokens[after].start == text.tokens[piece.lastToken].end,
            text.scalar(atByte: text.tokens[after].byteStart) == "\u{3068}"
        else { return nil }
        if let inverted = subjectInCue(after) {
            return Speaker(mention: inverted.subject, name: name(of: inverted.subject.text), cue: inverted.cue)
        }
        let cue = text.span(after, after)
        guard let subject = cleftSubject(after: after, in: text) ?? subject(before: piece.firstToken, in: text) else {
            return Speaker(mention: nil, name: previous, cue: cue)
        }
        return Speaker(mention: subject, name: name(of: subject.text), cue: cue)

        /// The subject between と and the verb of the cue token ("「…」と漁協の組合長は述べた"):
        /// the words after と up to a は or が after a kanji, a katakana or さん, and the verb after it.
        func subjectInCue(_ cue: Int) -> (subject: TextSpan, cue: TextSpan)? {
            let scalars = Array(text.text(cue, cue).unicodeScalars)
            guard let particle = firstParticle(in: scalars, from: 2), particle + 1 < scalars.count else { return nil }
            let start = text.tokens[cue].start
            return (
                TextSpan(
                    start: start + 1, end: start + particle,
                    text: String(String.UnicodeScalarView(scalars[1..<particle]))),
                TextSpan(
                    start: start + particle + 1, end: start + scalars.count,
                    text: String(String.UnicodeScalarView(scalars[(particle + 1)...])))
            )
        }
    }

    /// Endings of a sentence that announces the quotation after it ("…はこう語った。「…」",
    /// "…は次のように述べた。「…」").
    static let introductions = [
        "こう語った", "こう話した", "こう述べた", "こう振り返った", "こう語る", "こう話す",
        "次のように語った", "次のように述べた", "次のように話した",
    ]

    /// When the sentence that ends right before the quotation `piece` announces it
    /// (`introductions`): the index of that sentence's full stop and the announcing words.
    static func introduction(of piece: QuoteFinder.Piece, in text: TokenText) -> (stop: Int, cue: TextSpan)? {
        let stop = piece.firstToken - 1
        guard stop >= 1, text.tokens[stop].isPunctuation("\u{3002}"), text.tokens[stop - 1].kind == .word else {
            return nil
        }
        let sentenceEnd = text.text(stop - 1, stop - 1)
        guard let words = introductions.first(where: { sentenceEnd.hasSuffix($0) }) else { return nil }
        let end = text.tokens[stop - 1].end
        return (stop, TextSpan(start: end - words.unicodeScalars.count, end: end, text: words))
    }

    /// The speaker of the quotation `piece` that a sentence announces ("土屋さんはこう語った。
    /// 「…」"): that sentence's topic or subject, and the announcing words as the cue.
    static func introducedSpeaker(of piece: QuoteFinder.Piece, in text: TokenText) -> Speaker? {
        guard let (stop, cue) = introduction(of: piece, in: text), let subject = subject(before: stop, in: text) else {
            return nil
        }
        return Speaker(mention: subject, name: name(of: subject.text), cue: cue)
    }

    /// The position of the first topic or subject particle (は, が) in `scalars` at or after
    /// `from` that follows a kanji, a katakana or さん.
    static func firstParticle(in scalars: [Unicode.Scalar], from: Int) -> Int? {
        guard from < scalars.count else { return nil }
        return scalars.indices[max(1, from)...].first { position in
            guard scalars[position] == "\u{306F}" || scalars[position] == "\u{304C}" else { return false }
            let before = scalars[position - 1]
            let afterSan = position >= 2 && scalars[position - 2] == "\u{3055}" && before == "\u{3093}"
            return isKanjiOrKatakana(before) || afterSan
        }
    }

    /// The speaker named after a cue that ends in のは ("「…」と話すのは、X（61）だ": "the one who
    /// says … is X"): the words after it up to a bracket, だ or the sentence end.
    static func cleftSubject(after cue: Int, in text: TokenText) -> TextSpan? {
        guard text.text(cue, cue).hasSuffix("\u{306E}\u{306F}") else { return nil }
        var first = cue + 1
        while first < text.tokens.count, text.tokens[first].kind == .punctuation { first += 1 }
        var last = first
        while last + 1 < text.tokens.count, text.tokens[last + 1].kind == .word { last += 1 }
        guard first < text.tokens.count, text.tokens[first].kind == .word else { return nil }
        let span = text.span(first, last)
        guard span.text.hasSuffix("\u{3060}"), span.text.unicodeScalars.count > 1 else { return span }
        return TextSpan(start: span.start, end: span.end - 1, text: String(span.text.dropLast()))
    }

    /// The topic or subject of the sentence before token `quote`: from the start of the first
    /// token that holds a は or が after a kanji, a katakana or さん, to that particle.
    static func subject(before quote: Int, in text: TokenText) -> TextSpan? {
        var first = quote
        while first > 0, !text.tokens[first - 1].isSentenceEnd, text.tokens[first - 1].kind != .quoteMark {
            first -= 1
        }
        for index in first..<quote where text.tokens[index].kind == .word {
            let scalars = Array(text.text(index, index).unicodeScalars)
            // "村井直樹さん（５３）は": the particle after an age in brackets.
            if index >= first + 3, scalars.first == "\u{306F}" || scalars.first == "\u{304C}",
                text.tokens[index - 1].isPunctuation("\u{FF09}") || text.tokens[index - 1].isPunctuation(")"),
                text.tokens[index - 3].isPunctuation("\u{FF08}") || text.tokens[index - 3].isPunctuation("("),
                index >= first + 4, text.tokens[index - 4].kind == .word
            {
                return text.span(index - 4, index - 4)
            }
            if let position = firstParticle(in: scalars, from: 1) {
                let start = text.tokens[index].start
                return TextSpan(
                    start: start, end: start + position,
                    text: String(String.UnicodeScalarView(scalars[..<position])))
            }
        }
        return nil
    }

    /// Reporting verbs after the quotative と that close a sentence of reported speech without
    /// quote marks ("市長は…と説明した。").
    static let reportingEndings: [StaticString] = [
        "と述べた", "と話した", "と語った", "と説明した", "と発表した", "と明らかにした", "と強調した", "と指摘した",
        "と明かした", "と訴えた", "と述べている", "と話している", "と説明している", "と指摘している", "と語る", "と話す",
        "と説明する", "と指摘する", "と強調する", "とみている",
    ]

    /// Every sentence of reported speech without quote marks ("市長は…ないと説明した。"): its topic
    /// or subject (as `subject(before:)` reads it, in the sentence's first words) and the
    /// reporting words that end it.
    static func reportedSpeech(in text: TokenText) -> [(source: TextSpan, cue: TextSpan)] {
        var found: [(source: TextSpan, cue: TextSpan)] = []
        var first = 0
        for index in text.tokens.indices where text.tokens[index].isSentenceEnd {
            defer { first = index + 1 }
            let last = index - 1
            guard last >= first, text.tokens[last].kind == .word,
                !text.tokens[first...last].contains(where: { $0.kind == .quoteMark })
            else { continue }
            // The endings are compared on the token's bytes, so no string is made for most sentences.
            guard let ending = reportingEndings.first(where: { text.hasSuffix(last, $0) }).map(\.description),
                let subject = subject(before: last + 1, in: text), subject.end <= text.tokens[last].end
            else { continue }
            let end = text.tokens[last].end
            let length = ending.unicodeScalars.count
            // The subject must end before the reported words begin, and be the sentence's topic
            // (は): a が subject is that of a clause inside what is reported ("被告が事実を認め…と
            // 述べた", said the judge of the previous sentence).
            guard subject.end < end - length, isTopic(endingAt: subject.end, in: text, from: first) else { continue }
            found.append((subject, TextSpan(start: end - length, end: end, text: ending)))
        }
        return found
    }

    /// The UTF-8 of "によ", which both "によると" and "によれば" hold.
    static let niYo: [UInt8] = Array("\u{306B}\u{3088}".utf8)

    /// Whether the bytes of token `index` hold "によ": the test that keeps the string search off
    /// every other token.
    static func holdsNiYo(_ index: Int, in text: TokenText) -> Bool {
        let token = text.tokens[index]
        let bytes = text.utf8
        var position = token.byteStart
        while position + niYo.count <= token.byteEnd {
            if bytes[position] == niYo[0], bytes[position + 1] == niYo[1], bytes[position + 2] == niYo[2],
                bytes[position + 3] == niYo[3], bytes[position + 4] == niYo[4], bytes[position + 5] == niYo[5]
            {
                return true
            }
            position += 1
        }
        return false
    }

    /// Whether the scalar at offset `end` of the text, in the tokens from `first` on, is the
    /// topic particle は.
    static func isTopic(endingAt end: Int, in text: TokenText, from first: Int) -> Bool {
        guard let index = text.tokens[first...].firstIndex(where: { $0.start <= end && end < $0.end }) else {
            return false
        }
        let scalars = Array(text.text(index, index).unicodeScalars)
        return scalars[end - text.tokens[index].start] == "\u{306F}"
    }

    /// Every "Xによると" / "Xによれば" of the text: X, and the cue.
    static func accordingTo(in text: TokenText) -> [(source: TextSpan, cue: TextSpan)] {
        var found: [(source: TextSpan, cue: TextSpan)] = []
        for index in text.tokens.indices where text.tokens[index].kind == .word && holdsNiYo(index, in: text) {
            let word = text.text(index, index)
            guard let range = word.range(of: "によると") ?? word.range(of: "によれば") else { continue }
            let scalars = word.unicodeScalars
            let sourceLength = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
            guard sourceLength > 0 else { continue }
            let start = text.tokens[index].start
            let cueText = String(word[range])
            found.append(
                (
                    TextSpan(start: start, end: start + sourceLength, text: String(word[..<range.lowerBound])),
                    TextSpan(
                        start: start + sourceLength, end: start + sourceLength + cueText.unicodeScalars.count,
                        text: cueText)
                ))
        }
        return found
    }

    /// The name in a mention: without what describes the person before it ("小浜市の",
    /// "米作りを営む"), an age in brackets, or the title or honorific after it ("田中外相" → "田中").
    static func name(of mention: String) -> String {
        // Read as scalars: Japanese names hold no combining marks, and scalar tests are cheaper
        // than the string's character tests.
        var scalars = Array(mention.unicodeScalars.prefix { $0 != "\u{FF08}" && $0 != "(" })
        if let title = titleScalars.first(where: {
            scalars.count > $0.count && scalars.suffix($0.count).elementsEqual($0)
        }) {
            scalars.removeLast(title.count)
        }
        // Particles and the comma before the name: の, 、, and で, に of a phrase of place or
        // occasion ("優勝インタビューで琴桜丸は").
        if let last = scalars.lastIndex(where: { namePrefixEnds.contains($0) }), last + 1 < scalars.count {
            scalars.removeFirst(last + 1)
        }
        // A relative clause ends with a verb in hiragana ("営む", "という") before the name.
        if let cut = scalars.indices.dropLast().last(where: {
            verbEndings.contains(scalars[$0]) && isKanjiOrKatakana(scalars[$0 + 1])
        }) {
            scalars.removeFirst(cut + 1)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `titles` as scalars, longest first.
    static let titleScalars = titles.map { Array($0.unicodeScalars) }

    /// The particles and the comma that end what comes before a name: の, 、, で, に.
    static let namePrefixEnds: Set<Unicode.Scalar> = ["\u{306E}", "\u{3001}", "\u{3067}", "\u{306B}"]

    /// Hiragana that end a verb or a copula before a name: 営む, いる, という, した, だ.
    static let verbEndings: Set<Unicode.Scalar> = [
        "\u{3080}", "\u{308B}", "\u{3046}", "\u{304F}", "\u{3059}", "\u{3064}", "\u{306C}", "\u{3076}",
        "\u{305F}", "\u{3060}", "\u{3044}",
    ]

    /// Whether `scalar` is a kanji or a katakana, after which は and が are particles.
    static func isKanjiOrKatakana(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x30A0...0x30FF).contains(scalar.value)
            || (0x3400...0x4DBF).contains(scalar.value)
    }
}
