/// The text figures of one element of a page, summed in one walk from the leaves up, so that
/// scoring every block of a page costs one pass over it instead of one per ancestor.
///
/// Lengths count Unicode scalars with each run of white space counted once, close to the
/// length of the element's collapsed `text` without building it.
struct HTMLBlockFigures {
    /// Characters of text below the element.
    var textLength = 0
    /// Characters of that text inside links.
    var linkLength = 0
    /// Characters of text inside `<p>` elements.
    var paragraphTextLength = 0
    /// Commas in that text.
    var commas = 0
    /// The element's score as a paragraph: 0 unless it is a `<p>`, `<pre>` or `<td>` of
    /// sentence length, else 1, plus one per comma, plus one per 100 characters (at most 3).
    var paragraphScore = 0.0
    /// The paragraph scores of the element's children.
    var childParagraphScores = 0.0

    /// Elements whose text counts as a paragraph.
    static let paragraphElements: Set<String> = ["p", "pre", "td"]

    /// The share of the text inside links.
    var linkDensity: Double { textLength == 0 ? 0 : Double(linkLength) / Double(textLength) }

    /// The figures of `element`, without visiting anything.
    init(_ element: MarkupElement) {
        self = Self.walk(element) { _, _, _, _ in }
    }

    private init() {}

    /// What `walk` shows of each element: the element, its figures, its children's figures,
    /// and its path from the walk's root (child indices among elements).
    typealias Visit = (MarkupElement, HTMLBlockFigures, _ childFigures: [HTMLBlockFigures], _ path: [Int]) -> Void

    /// The figures of `element`; `visit` sees every element below it (and it) once, children
    /// before parents.
    static func walk(_ element: MarkupElement, visit: Visit) -> HTMLBlockFigures {
        var path: [Int] = []
        return walk(element, path: &path, visit: visit)
    }

    private static func walk(_ element: MarkupElement, path: inout [Int], visit: Visit) -> HTMLBlockFigures {
        var figures = HTMLBlockFigures()
        var childFigures: [HTMLBlockFigures] = []
        for node in element.children {
            switch node {
            case .text(let text):
                let (length, commas) = count(text)
                figures.textLength += length
                figures.commas += commas
            case .element(let child):
                path.append(childFigures.count)
                let inner = walk(child, path: &path, visit: visit)
                path.removeLast()
                figures.textLength += inner.textLength
                figures.linkLength += inner.linkLength
                figures.commas += inner.commas
                figures.paragraphTextLength += inner.paragraphTextLength
                figures.childParagraphScores += inner.paragraphScore
                childFigures.append(inner)
            }
        }
        if element.name == "a" { figures.linkLength = figures.textLength }
        if element.name == "p" { figures.paragraphTextLength = figures.textLength }
        if paragraphElements.contains(element.name) && figures.textLength >= HTMLContentScorer.minimumParagraphLength {
            figures.paragraphScore = 1 + Double(figures.commas) + Double(min(figures.textLength / 100, 3))
        }
        visit(element, figures, childFigures, path)
        return figures
    }

    /// The length of `text` with white space runs counted once, and its commas.
    static func count(_ text: String) -> (length: Int, commas: Int) {
        var length = 0
        var commas = 0
        var inSpace = true
        for scalar in text.unicodeScalars {
            let isSpace =
                scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if isSpace {
                if !inSpace { length += 1 }
                inSpace = true
            } else {
                length += 1
                inSpace = false
                if scalar == "," { commas += 1 }
            }
        }
        return (length, commas)
    }
}
