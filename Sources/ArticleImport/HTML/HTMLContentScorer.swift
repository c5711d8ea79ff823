/// Picks the element of a (pruned) page that holds the article text.
///
/// Two readings are compared. The page's own markup names a body: an element marked
/// `itemprop="articleBody"`, a block whose class names an article or post body
/// (`entry-content`, `article-body`...), the `<article>` with the most paragraph text, or
/// `<main>`. The readability reading scores every block by its paragraphs: a paragraph scores
/// 1, plus one per comma, plus one per 100 characters (at most 3); an element gets the scores
/// of its child paragraphs and half those of its grandchildren, scaled down by the share of its
/// text that is link text, and the best element takes along the siblings that continue it
/// (blocks scoring a fifth of it, long paragraphs with few links). The named body wins unless
/// the readability reading holds more than twice its paragraph text: then the markup named a
/// teaser or a fragment.
enum HTMLContentScorer {
    /// Paragraphs shorter than this do not count.
    static let minimumParagraphLength = 25

    /// Class names that pages give to the block holding an article's or post's body.
    static let bodyClassNames: Set<String> = [
        "entry-content", "post-content", "article-body", "article-content", "articlebody", "article__body",
        "article__content", "story-body", "storybody", "post-body", "postbody", "article-text", "articletext",
        "post-entry", "entry-body", "content-body", "single-content", "post__content", "entry__content",
        "article-body-text", "body-text", "story-content", "news-text", "article__text", "articlecontent",
        "td-post-content", "main-content", "post-text", "blog-post-body", "news-content", "text-content",
    ]

    /// The element holding the article text in `body`.
    static func contentRoot(of body: MarkupElement) -> MarkupElement {
        let densest = densestBlock(in: body)
        guard let named = namedBody(in: body) else { return densest }
        return paragraphTextLength(named) * 2 >= paragraphTextLength(densest) ? named : densest
    }

    /// The body the markup names, if it holds any paragraph text. A marked or classed body
    /// inside an `<article>` gives way to that article when the article adds little text
    /// around it: then what it adds is the lead, the intro or a subheading, not furniture.
    static func namedBody(in body: MarkupElement) -> MarkupElement? {
        var marked: [(MarkupElement, MarkupElement?)] = []
        var classed: [(MarkupElement, MarkupElement?)] = []
        var articles: [MarkupElement] = []
        var mains: [MarkupElement] = []
        var stack: [(MarkupElement, MarkupElement?)] = body.elements.reversed().map { ($0, nil) }
        while let (element, enclosing) = stack.popLast() {
            if element.attributes["itemprop"]?.lowercased() == "articlebody" {
                marked.append((element, enclosing))
            } else if isClassedBody(element) {
                classed.append((element, enclosing))
            }
            if element.name == "article" { articles.append(element) }
            if element.name == "main" || element.attributes["role"]?.lowercased() == "main" { mains.append(element) }
            let inner = element.name == "article" ? element : enclosing
            stack.append(contentsOf: element.elements.reversed().map { ($0, inner) })
        }
        for candidates in [marked, classed] {
            guard let (best, enclosing) = candidates.max(by: { paragraphTextLength($0.0) < paragraphTextLength($1.0) })
            else { continue }
            let length = paragraphTextLength(best)
            guard length > 0 else { continue }
            if let enclosing, Double(paragraphTextLength(enclosing)) <= Double(length) * 1.3 + 400 { return enclosing }
            return best
        }
        if let best = articles.max(by: { paragraphTextLength($0) < paragraphTextLength($1) }),
            paragraphTextLength(best) > 0
        {
            return best
        }
        return mains.first(where: { paragraphTextLength($0) > 0 })
    }

    /// Whether the class or id of `element` names an article or post body.
    static func isClassedBody(_ element: MarkupElement) -> Bool {
        if let id = element.attributes["id"], bodyClassNames.contains(id.lowercased()) { return true }
        guard let classes = element.attributes["class"] else { return false }
        return classes.lowercased().split(separator: " ").contains(where: { bodyClassNames.contains(String($0)) })
    }

    /// The block whose paragraphs score highest, with the siblings that continue it.
    static func densestBlock(in body: MarkupElement) -> MarkupElement {
        var best = (element: body, parent: MarkupElement?.none, index: 0, score: 0.0)
        var stack: [(element: MarkupElement, parent: MarkupElement?, index: Int)] = [(body, nil, 0)]
        while let (element, parent, index) = stack.popLast() {
            let score = self.score(element)
            if score > best.score { best = (element, parent, index, score) }
            for (childIndex, child) in element.elements.enumerated() { stack.append((child, element, childIndex)) }
        }
        guard let parent = best.parent else { return best.element }
        var merged = MarkupElement(name: "div")
        for (index, sibling) in parent.elements.enumerated()
        where index == best.index || continues(sibling, bestScore: best.score) {
            merged.children.append(.element(sibling))
        }
        return merged
    }

    /// Whether `sibling` of the best block belongs to the article with it.
    static func continues(_ sibling: MarkupElement, bestScore: Double) -> Bool {
        if score(sibling) >= max(10, bestScore / 5) { return true }
        guard sibling.name == "p" else { return false }
        let text = sibling.text
        let density = linkDensity(sibling)
        return (text.count >= 80 && density < 0.25) || (!text.isEmpty && density == 0 && text.last == ".")
    }

    /// The readability score of `element`.
    static func score(_ element: MarkupElement) -> Double {
        var score = 0.0
        for child in element.elements {
            score += paragraphScore(child)
            for grandchild in child.elements { score += paragraphScore(grandchild) / 2 }
        }
        guard score > 0 else { return 0 }
        let words = element.classAndIDWords
        if words.contains(where: { HTMLBoilerplate.contentWords.contains(String($0)) }) { score += 25 }
        return score * (1 - linkDensity(element))
    }

    static func paragraphScore(_ element: MarkupElement) -> Double {
        guard element.name == "p" || element.name == "pre" || element.name == "td" else { return 0 }
        let text = element.text
        let length = text.count
        guard length >= minimumParagraphLength else { return 0 }
        let commas = text.reduce(0) { $0 + ($1 == "," ? 1 : 0) }
        return 1 + Double(commas) + Double(min(length / 100, 3))
    }

    /// The characters of the `<p>` elements below `element`.
    static func paragraphTextLength(_ element: MarkupElement) -> Int {
        element.descendants(where: { $0.name == "p" }, descend: { $0.name != "p" }).reduce(0) { $0 + $1.text.count }
    }

    /// The share of the text of `element` that sits inside links.
    static func linkDensity(_ element: MarkupElement) -> Double {
        let total = element.text.count
        guard total > 0 else { return 0 }
        let links = element.descendants(where: { $0.name == "a" }, descend: { $0.name != "a" })
        return Double(links.reduce(0) { $0 + $1.text.count }) / Double(total)
    }
}
