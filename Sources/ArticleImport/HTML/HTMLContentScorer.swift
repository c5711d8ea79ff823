/// Picks the element of a (pruned) page that holds the article text, the way readability
/// tools do: an element marked `itemprop="articleBody"`, else the `<article>` with the most
/// paragraph text, else `<main>`, else the element whose paragraphs score highest.
///
/// A paragraph scores 1, plus one per comma, plus one per 100 characters (at most 3); an
/// element gets the scores of its child paragraphs and half those of its grandchildren,
/// scaled down by the share of its text that is link text.
enum HTMLContentScorer {
    /// Paragraphs shorter than this do not count.
    static let minimumParagraphLength = 25

    /// The element holding the article text in `body`.
    static func contentRoot(of body: MarkupElement) -> MarkupElement {
        if let marked = body.descendants(where: { $0.attributes["itemprop"]?.lowercased() == "articlebody" }).first {
            return marked
        }
        let articles = body.descendants(where: { $0.name == "article" })
        if let best = articles.max(by: { paragraphTextLength($0) < paragraphTextLength($1) }),
            paragraphTextLength(best) > 0
        {
            return best
        }
        if let main = body.descendants(where: { $0.name == "main" }).first, paragraphTextLength(main) > 0 {
            return main
        }
        var best = (element: body, score: 0.0)
        var stack = [body]
        while let element = stack.popLast() {
            let score = self.score(element)
            if score > best.score { best = (element, score) }
            stack.append(contentsOf: element.elements)
        }
        return best.element
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
