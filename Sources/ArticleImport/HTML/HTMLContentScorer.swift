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
        let namedLength = HTMLBlockFigures(named).paragraphTextLength
        return namedLength * 2 >= HTMLBlockFigures(densest).paragraphTextLength ? named : densest
    }

    /// The body the markup names, if it holds any paragraph text. A marked or classed body
    /// inside an `<article>` gives way to that article when the article adds little text
    /// around it: then what it adds is the lead, the intro or a subheading, not furniture.
    static func namedBody(in body: MarkupElement) -> MarkupElement? {
        typealias Candidate = (element: MarkupElement, length: Int, path: [Int])
        var marked: [Candidate] = []
        var classed: [Candidate] = []
        var articles: [Candidate] = []
        var mains: [Candidate] = []
        _ = HTMLBlockFigures.walk(body) { element, figures, _, path in
            let candidate = (element, figures.paragraphTextLength, path)
            if element.attributes["itemprop"]?.lowercased() == "articlebody" {
                marked.append(candidate)
            } else if isClassedBody(element) {
                classed.append(candidate)
            }
            if element.name == "article" { articles.append(candidate) }
            if element.name == "main" || element.attributes["role"]?.lowercased() == "main" { mains.append(candidate) }
        }
        for candidates in [marked, classed] {
            guard let best = candidates.max(by: { $0.length < $1.length }), best.length > 0 else { continue }
            let enclosing = articles.filter { $0.path.count < best.path.count && best.path.starts(with: $0.path) }
                .max(by: { $0.path.count < $1.path.count })
            if let enclosing, Double(enclosing.length) <= Double(best.length) * 1.3 + 400 { return enclosing.element }
            return best.element
        }
        if let best = articles.max(by: { $0.length < $1.length }), best.length > 0 { return best.element }
        // The walk visits children first: the outermost main of nested ones comes last.
        return mains.first(where: { $0.length > 0 })?.element
    }

    /// Whether the class or id of `element` names an article or post body.
    static func isClassedBody(_ element: MarkupElement) -> Bool {
        if let id = element.attributes["id"], bodyClassNames.contains(id.lowercased()) { return true }
        guard let classes = element.attributes["class"] else { return false }
        return classes.lowercased().split(separator: " ").contains(where: { bodyClassNames.contains(String($0)) })
    }

    /// The block whose paragraphs score highest, with the siblings that continue it.
    static func densestBlock(in body: MarkupElement) -> MarkupElement {
        var best = (element: body, path: [Int](), score: 0.0)
        _ = HTMLBlockFigures.walk(body) { element, figures, childFigures, path in
            let score = self.score(element, figures: figures, childFigures: childFigures)
            if score > best.score { best = (element, path, score) }
        }
        guard let index = best.path.last else { return best.element }
        var parent = body
        for step in best.path.dropLast() { parent = parent.elements[step] }
        var merged = MarkupElement(name: "div")
        for (siblingIndex, sibling) in parent.elements.enumerated()
        where siblingIndex == index || continues(sibling, bestScore: best.score) {
            merged.children.append(.element(sibling))
        }
        return merged
    }

    /// Whether `sibling` of the best block belongs to the article with it.
    static func continues(_ sibling: MarkupElement, bestScore: Double) -> Bool {
        if score(sibling) >= max(10, bestScore / 5) { return true }
        guard sibling.name == "p" else { return false }
        let figures = HTMLBlockFigures(sibling)
        return (figures.textLength >= 80 && figures.linkDensity < 0.25)
            || (figures.textLength > 0 && figures.linkLength == 0 && sibling.text.last == ".")
    }

    /// The readability score of `element`.
    static func score(_ element: MarkupElement) -> Double {
        var score = 0.0
        // The walk visits `element` itself last.
        _ = HTMLBlockFigures.walk(element) { visited, figures, childFigures, _ in
            score = self.score(visited, figures: figures, childFigures: childFigures)
        }
        return score
    }

    /// The readability score of `element` from its figures and its children's.
    static func score(_ element: MarkupElement, figures: HTMLBlockFigures, childFigures: [HTMLBlockFigures]) -> Double {
        let score = childFigures.reduce(0) { $0 + $1.paragraphScore + $1.childParagraphScores / 2 }
        return adjusted(score, element: element, figures: figures)
    }

    /// `score` with the bonus for a class or id naming content, scaled down by link text.
    private static func adjusted(_ score: Double, element: MarkupElement, figures: HTMLBlockFigures) -> Double {
        guard score > 0 else { return 0 }
        let words = element.classAndIDWords
        let named = words.contains(where: { HTMLBoilerplate.contentWords.contains(String($0)) }) ? 25.0 : 0
        return (score + named) * (1 - figures.linkDensity)
    }
}
