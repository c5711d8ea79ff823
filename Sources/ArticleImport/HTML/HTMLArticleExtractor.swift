import ArticleAnalysis

/// Extracts the article of a saved web page: its headline, byline, date and body paragraphs,
/// without navigation, header, footer, comments, share widgets and other page furniture.
///
/// Steps: decode the page (`DecodedText`), parse with libxml2 (`MarkupParser`), read the
/// metadata (`HTMLMetadata`), drop boilerplate (`HTMLBoilerplate`), pick the content element
/// (`HTMLContentScorer`) and turn it into paragraphs (`HTMLParagraphCollector`), in looser
/// passes until one gives text (`bodyParagraphs`). When the page's JSON-LD `articleBody` holds
/// more than twice the text found, it is the body; the ingredients and steps of a JSON-LD recipe,
/// how-to or question page that the body lacks follow it (`LinkedDataSteps`).
public enum HTMLArticleExtractor {
    /// The largest page accepted; libxml2's tree takes several times the page's size.
    public static let maximumBytes = 16 * 1_048_576

    /// The article of the page `bytes`; `contentType` is the HTTP header, when fetched.
    public static func article(from bytes: [UInt8], source: String?, contentType: String? = nil) throws(ImportError)
        -> Article
    {
        try article(from: decode(bytes, contentType: contentType).text, source: source)
    }

    /// The text of the page `bytes`, in the encoding its server or markup declares, else
    /// the one the detector finds, else Windows-1252, as browsers read pages.
    static func decode(_ bytes: [UInt8], contentType: String?) throws(ImportError) -> DecodedText {
        if bytes.count > maximumBytes { throw .tooLarge(format: .html, bytes: bytes.count, limit: maximumBytes) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .input(.empty) }
        guard let document = DecodedText.decode(bytes, declarations: .html, contentType: contentType) else {
            throw .unknownEncoding(format: .html)
        }
        return document
    }

    /// The article of a page already decoded.
    static func article(from text: String, source: String?) throws(ImportError) -> Article {
        let root = try MarkupParser.html(text)
        let metadata = HTMLMetadata(root)
        let body = root.child("body") ?? root

        var paragraphs = bodyParagraphs(of: body)
        if let stated = metadata.articleBody.map(statedParagraphs),
            stated.reduce(0, { $0 + $1.unicodeScalars.count }) > paragraphs.reduce(0, { $0 + $1.unicodeScalars.count })
                * 2
        {
            paragraphs = stated
        }
        paragraphs = HTMLParagraphCollector.withoutTeasersAndLabels(paragraphs)
        paragraphs += stepsMissing(from: paragraphs, stated: metadata.statedSteps)
        var bylines = metadata.bylines
        paragraphs.removeAll { $0 == metadata.title }
        if let first = paragraphs.first, let names = BylineParser.names(in: first) {
            if bylines.isEmpty { bylines = names }
            paragraphs.removeFirst()
        }
        if let last = paragraphs.last, let names = BylineParser.names(in: last) {
            if bylines.isEmpty { bylines = names }
            paragraphs.removeLast()
        }
        guard var title = metadata.title ?? paragraphs.first else { throw .noArticleText(format: .html) }
        if metadata.title == nil { paragraphs.removeFirst() }
        title = title.collapsingWhitespace()
        if paragraphs.isEmpty { throw .noArticleText(format: .html) }
        let length = title.unicodeScalars.count
        if length > PlainTextParser.maximumTitleLength {
            throw .input(.titleTooLong(length: length, limit: PlainTextParser.maximumTitleLength))
        }
        return Article(
            title: title, bylines: bylines, paragraphs: paragraphs, source: source, publishedAt: metadata.publishedAt,
            language: metadata.language)
    }

    /// A body shorter than this is read again by the next, looser pass.
    static let minimumBodyLength = 250

    /// The paragraphs of the article in `body`, read in passes from strict to loose until one
    /// gives a body of article length (and, after a short one, twice its text): with class-name rules, without them (a site may call its
    /// whole layout `with-sidebar`, broken markup may leave the article inside an `<aside>`),
    /// and from the whole page without picking a block, first without link lists, then with them.
    /// When none does, the first pass with a paragraph of sentence length wins, else the first
    /// with any text (a short page is still a page).
    static func bodyParagraphs(of body: MarkupElement) -> [String] {
        var first: [String]?
        var sentenced: (paragraphs: [String], length: Int)?
        // Passes 1 to 3 read the same tree, and pass 2 is pass 1's page reading.
        var loosePruned: MarkupElement?
        var loosePage: [String]?
        for pass in 0..<4 {
            let pruned =
                pass == 0
                ? HTMLBoilerplate.pruned(body, byClassNames: true)
                : loosePruned ?? HTMLBoilerplate.pruned(body, byClassNames: false)
            if pass > 0 { loosePruned = pruned }
            var paragraphs: [String]
            if pass < 2 {
                let content = HTMLContentScorer.contentRoot(of: pruned)
                let page = HTMLParagraphCollector.paragraphs(of: pruned, dropLinkLists: true)
                if pass == 1 { loosePage = page }
                paragraphs = withLongParagraphs(
                    of: page, before: HTMLParagraphCollector.paragraphs(of: content, dropLinkLists: true))
                if pass == 0 && isFragment(paragraphs, of: page) { paragraphs = page }
            } else {
                paragraphs =
                    (pass == 2 ? loosePage : nil)
                    ?? HTMLParagraphCollector.paragraphs(of: pruned, dropLinkLists: pass < 3)
            }
            if first == nil && !paragraphs.isEmpty { first = paragraphs }
            guard paragraphs.contains(where: { $0.count >= HTMLContentScorer.minimumParagraphLength }) else {
                continue
            }
            let length = paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
            if length >= minimumBodyLength && length >= 2 * (sentenced?.length ?? 0) { return paragraphs }
            if sentenced == nil { sentenced = (paragraphs, length) }
        }
        return sentenced?.paragraphs ?? first ?? []
    }

    /// A page paragraph this long, outside links, is article text wherever the page put it.
    static let longParagraphLength = 100

    /// `block`'s paragraphs with the long paragraphs of the `page` that come before the block's
    /// end, in page order: pages cut their article into blocks (a lead above the picture, modules
    /// of a layout, sections between advertisements), and only one of them is the densest.
    /// Paragraphs after the article's end are author notes, disclaimers and teasers.
    static func withLongParagraphs(of page: [String], before block: [String]) -> [String] {
        let inBlock = Set(block)
        let end = page.lastIndex(where: inBlock.contains) ?? page.count
        var paragraphs: [String] = []
        var added: Set<String> = []
        for (index, paragraph) in page.enumerated() {
            if inBlock.contains(paragraph) {
                paragraphs.append(paragraph)
            } else if index <= end && paragraph.count >= longParagraphLength && added.insert(paragraph).inserted {
                paragraphs.append(paragraph)
            }
        }
        return paragraphs.count >= block.count ? paragraphs : block
    }

    /// A block reading shorter than this may be a fragment of the page's text.
    static let fragmentLength = 1_500

    /// Whether the `block` reading is a fragment of the `page` reading (both without link
    /// lists): under `fragmentLength` characters while the page holds over five times as much.
    /// Then the block was one part of text the page spreads over many blocks (a recipe's steps
    /// without its ingredients, one module of a product or landing page), and the page wins.
    static func isFragment(_ block: [String], of page: [String]) -> Bool {
        let blockLength = block.reduce(0) { $0 + $1.count }
        return blockLength < fragmentLength && page.reduce(0) { $0 + $1.count } > 5 * blockLength
    }

    /// The `stated` paragraphs of a recipe, how-to or question page when the body lacks most of
    /// them (then the page drew them from scripts, tabs or tables outside the picked block), else none.
    static func stepsMissing(from paragraphs: [String], stated: [String]) -> [String] {
        guard !stated.isEmpty else { return [] }
        let body = paragraphs.joined(separator: " ")
        let missing = stated.filter { !body.contains($0) }
        return missing.count * 2 > stated.count ? missing : []
    }

    /// The paragraphs of a JSON-LD `articleBody`: its lines, or the text as one paragraph.
    static func statedParagraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { String($0).collapsingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The paragraphs of an HTML fragment (the content of a feed item), nothing dropped
    /// but scripts, styles and embedded media.
    static func paragraphs(ofFragment html: String) -> [String] {
        guard let root = try? MarkupParser.html(html) else { return [] }
        return HTMLParagraphCollector.paragraphs(of: root, dropLinkLists: false)
    }
}
