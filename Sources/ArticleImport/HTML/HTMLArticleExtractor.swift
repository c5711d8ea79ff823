import ArticleAnalysis

/// Extracts the article of a saved web page: its headline, byline, date and body paragraphs,
/// without navigation, header, footer, comments, share widgets and other page furniture.
///
/// Steps: decode the page (`DecodedText`), parse with libxml2 (`MarkupParser`), read the
/// metadata (`HTMLMetadata`), drop boilerplate (`HTMLBoilerplate`), pick the content element
/// (`HTMLContentScorer`) and turn it into paragraphs (`HTMLParagraphCollector`). When
/// dropping blocks by class name leaves no paragraph of sentence length, the page is read
/// again without that rule (a site may call its whole layout `with-sidebar`).
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

        var paragraphs: [String] = []
        for byClassNames in [true, false] {
            let content = HTMLContentScorer.contentRoot(of: HTMLBoilerplate.pruned(body, byClassNames: byClassNames))
            paragraphs = HTMLParagraphCollector.paragraphs(of: content, dropLinkLists: true)
            if paragraphs.contains(where: { $0.count >= HTMLContentScorer.minimumParagraphLength }) { break }
        }
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
            title: title, bylines: bylines, paragraphs: paragraphs, source: source, publishedAt: metadata.publishedAt)
    }

    /// The paragraphs of an HTML fragment (the content of a feed item), nothing dropped
    /// but scripts, styles and embedded media.
    static func paragraphs(ofFragment html: String) -> [String] {
        guard let root = try? MarkupParser.html(html) else { return [] }
        return HTMLParagraphCollector.paragraphs(of: root, dropLinkLists: false)
    }
}
