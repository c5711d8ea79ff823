import Foundation

/// Turns HTML elements into paragraphs of plain text.
///
/// Block elements and `<br>` end a paragraph; white space runs become one space; a
/// `<blockquote>` becomes quoted paragraphs (an opening mark on each, a closing mark on the
/// last, the way multi-paragraph quotations are printed) and a `<q>` becomes “…” (‘…’ when
/// nested). Paragraphs that are mostly link text (share buttons, "read more" links) are
/// dropped when `dropLinkLists` is set, and so is the heading that announced them ("Related
/// stories", "More from the channel"), any heading left at the end with nothing under it, date
/// lines (a paragraph that is little more than a `<time>`, or a short "Posted: …" line) and picture credits (a short line
/// opening with `Photo:`, `Foto:`, `©`...).
struct HTMLParagraphCollector {
    /// Elements that end the paragraph before them and start a new one.
    /// How picture credits open, in the languages pages are most often written in.
    static let creditOpenings = [
        "photo:", "photos:", "foto:", "fotos:", "bild:", "bilder:", "image:", "images:", "picture:", "pictures:",
        "credit:", "credits:", "crédit", "crédits", "quelle:", "source:", "titelbild:", "illustration:", "©",
        "(c) ", "copyright", "zdjęcie:", "fot.", "imagen:", "immagine:", "getty images",
    ]

    /// The longest line that can be a picture credit.
    static let maximumCreditLength = 120

    /// Whether `paragraph` is a picture credit.
    static func isCredit(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= maximumCreditLength * 4, paragraph.count <= maximumCreditLength else {
            return false
        }
        let lowered = paragraph.lowercased()
        return creditOpenings.contains(where: { lowered.hasPrefix($0) })
    }

    /// How lines giving a post's publication or update time open.
    static let postingOpenings = [
        "posted", "published", "updated", "last updated", "veröffentlicht", "aktualisiert", "publié", "mis à jour",
        "publicado", "actualizado", "pubblicato", "aggiornato", "opublikowano", "zaktualizowano",
    ]

    /// The longest line that can be a posting line.
    static let maximumPostingLineLength = 80

    /// Whether `paragraph` only says when the post was published or updated ("Posted: Fri 6:45 PM,
    /// Feb 16, 2018 | Updated: ..."): a short line with a digit that opens with a posting word.
    static func isPostingLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= maximumPostingLineLength * 4, paragraph.count <= maximumPostingLineLength,
            paragraph.contains(where: \.isNumber)
        else { return false }
        let lowered = paragraph.lowercased()
        return postingOpenings.contains(where: { lowered.hasPrefix($0) })
    }

    /// How lines announcing other articles open ("Related stories", "Lesen Sie auch"), in the
    /// languages pages are most often written in.
    static let teaserAnnouncements = [
        "related", "read more", "read also", "more on this", "more from", "more stories", "you may also like",
        "you might also like", "recommended", "see also", "also read", "das könnte sie auch",
        "das könnte dich auch", "mehr zum thema", "mehr themen", "mehr aus", "auch interessant", "schon gelesen",
        "empfohlene", "weitere artikel", "weitere beiträge", "ähnliche beiträge", "lesen sie auch", "lies auch",
        "contenido relacionado", "te puede interesar", "noticias relacionadas", "à découvrir", "à lire aussi",
        "lire aussi", "sur le même sujet", "veja também", "leia também", "czytaj też", "czytaj także",
        "zobacz też", "zobacz także", "potrebbe interessarti", "leggi anche",
    ]

    /// The longest line that can announce other articles.
    static let maximumAnnouncementLength = 60

    /// `paragraphs` without what follows a line announcing other articles in their second half:
    /// the teasers after "Related stories" are other articles, whatever their markup. Label
    /// lines (`labels`) go wherever they are; a bare "Read more" is the button that unfolds the
    /// rest of the article, so what follows it stays.
    static func withoutTeasersAndLabels(_ paragraphs: [String]) -> [String] {
        let paragraphs = paragraphs.filter { !isLabel($0) }
        for index in paragraphs.indices.dropFirst(paragraphs.count / 2) {
            let line = paragraphs[index]
            guard line.utf8.count <= maximumAnnouncementLength * 4, line.count <= maximumAnnouncementLength else {
                continue
            }
            let lowered = line.lowercased()
            if teaserAnnouncements.contains(where: { lowered.hasPrefix($0) }) { return Array(paragraphs[..<index]) }
        }
        return paragraphs
    }

    /// Lines that label page furniture, never article text: the button that unfolds the article
    /// and the marks over advertisements, in the languages pages are most often written in.
    static let labels: Set<String> = [
        "read more", "advertisement", "advert", "sponsored", "anzeige", "werbung", "publicité", "publicidad",
        "pubblicità", "reklama", "reklame", "advertentie",
    ]

    /// Whether `paragraph` is only one of the `labels` (any case, surrounding dashes or colons aside).
    static func isLabel(_ paragraph: String) -> Bool {
        guard paragraph.count <= 20 else { return false }
        return labels.contains(paragraph.lowercased().trimmingCharacters(in: labelPunctuation))
    }

    /// What may surround a label: white space, dashes, colons and bars.
    private static let labelPunctuation = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "-–—:|·"))

    /// Heading elements.
    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "body",
        "html", "caption",
    ]

    let dropLinkLists: Bool
    private(set) var paragraphs: [String] = []
    private var text = ""
    private var linkTextLength = 0
    private var timeTextLength = 0
    private var timeDepth = 0
    private var quoteDepth = 0
    /// Indices of the paragraphs that are headings.
    private var headings: Set<Int> = []

    init(dropLinkLists: Bool) {
        self.dropLinkLists = dropLinkLists
    }

    /// The paragraphs of `element`.
    static func paragraphs(of element: MarkupElement, dropLinkLists: Bool) -> [String] {
        var collector = HTMLParagraphCollector(dropLinkLists: dropLinkLists)
        collector.add(element.children, insideLink: false)
        collector.endParagraph()
        if dropLinkLists { collector.dropTrailingHeadings() }
        return collector.paragraphs
    }

    private mutating func add(_ nodes: [MarkupNode], insideLink: Bool) {
        for node in nodes {
            switch node {
            case .text(let content):
                text += content
                if timeDepth > 0 { timeTextLength += HTMLBlockFigures.count(content).length }
                if insideLink { linkTextLength += HTMLBlockFigures.count(content).length }
            case .element(let element):
                add(element, insideLink: insideLink)
            }
        }
    }

    private mutating func add(_ element: MarkupElement, insideLink: Bool) {
        if HTMLBoilerplate.ignoredElements.contains(element.name) { return }
        switch element.name {
        case "br", "hr":
            endParagraph()
        case "blockquote":
            endParagraph()
            let quoted = Self.paragraphs(of: element, dropLinkLists: dropLinkLists)
            paragraphs += Self.quoted(quoted)
        case "q":
            let (open, close) = quoteDepth % 2 == 0 ? ("\u{201C}", "\u{201D}") : ("\u{2018}", "\u{2019}")
            quoteDepth += 1
            text += open
            add(element.children, insideLink: insideLink)
            text += close
            quoteDepth -= 1
        case "time":
            timeDepth += 1
            add(element.children, insideLink: insideLink)
            timeDepth -= 1
        case let name where Self.headingElements.contains(name):
            endParagraph()
            add(element.children, insideLink: insideLink)
            endParagraph(isHeading: true)
        case let name where Self.blockElements.contains(name):
            endParagraph()
            add(element.children, insideLink: insideLink)
            endParagraph()
        default:
            add(element.children, insideLink: insideLink || element.name == "a")
        }
    }

    private mutating func endParagraph(isHeading: Bool = false) {
        let paragraph = text.collapsingWhitespace()
        let length = paragraph.unicodeScalars.count
        let isDateLine = dropLinkLists && timeTextLength > 0 && length <= timeTextLength + 40
        let isLinkList =
            dropLinkLists
            && (isMostlyLinks(length: length) || isDateLine || Self.isCredit(paragraph)
                || Self.isPostingLine(paragraph))
        if isLinkList && !isHeading {
            dropTrailingHeadings()
        } else if !paragraph.isEmpty && !isLinkList {
            if isHeading { headings.insert(paragraphs.count) }
            paragraphs.append(paragraph)
        }
        text = ""
        linkTextLength = 0
        timeTextLength = 0
    }

    /// Whether the paragraph being ended, `length` characters long, is a link list: over half
    /// link text when short, over four fifths when it has sentence length (a paragraph citing
    /// its sources in links is still a paragraph).
    private func isMostlyLinks(length: Int) -> Bool {
        length < HTMLArticleExtractor.longParagraphLength
            ? linkTextLength * 2 > length : linkTextLength * 5 > length * 4
    }

    /// Removes the headings at the end of the paragraphs so far.
    private mutating func dropTrailingHeadings() {
        while let last = paragraphs.indices.last, headings.contains(last) {
            headings.remove(last)
            paragraphs.removeLast()
        }
    }

    /// The marks that open a quotation: a block quotation starting with one is not quoted again.
    static let quotationMarks: Set<Character> = ["\u{201C}", "\"", "\u{00AB}", "\u{201E}", "\u{2018}"]

    /// Paragraphs of a block quotation with quotation marks added, unless they have them.
    static func quoted(_ paragraphs: [String]) -> [String] {
        if let first = paragraphs.first?.first, quotationMarks.contains(first) { return paragraphs }
        return paragraphs.enumerated().map { index, paragraph in
            "\u{201C}" + paragraph + (index == paragraphs.count - 1 ? "\u{201D}" : "")
        }
    }
}
