import Foundation

/// The text a page states in schema.org JSON-LD about a recipe, a how-to or a page of questions:
/// a `Recipe`'s ingredients and instructions, a `HowTo`'s description and steps, an `FAQPage`'s
/// questions and answers. Pages often draw these from scripts or spread them over tables and
/// tabs that no block of the page holds whole.
enum LinkedDataSteps {
    /// schema.org types whose text is read.
    static let types: Set<String> = ["Recipe", "HowTo", "FAQPage"]

    /// The paragraphs stated by the first recipe, how-to or question page among the JSON-LD
    /// `scripts`, in their order; values holding markup are read as HTML fragments.
    static func paragraphs(in scripts: [String]) -> [String] {
        for script in scripts {
            guard let value = try? JSONSerialization.jsonObject(with: Data(script.utf8)),
                let object = HTMLMetadata.linkedDataObject(in: value, ofTypes: types)
            else { continue }
            var texts: [String] = []
            collect(object["description"].flatMap { object["@type"] as? String == "HowTo" ? $0 : nil }, into: &texts)
            collect(object["recipeIngredient"], into: &texts)
            collect(object["recipeInstructions"], into: &texts)
            collect(object["step"], into: &texts)
            collect(object["mainEntity"], into: &texts)
            let paragraphs = texts.flatMap(paragraphs(of:))
            if !paragraphs.isEmpty { return paragraphs }
        }
        return []
    }

    /// Appends the texts of `value` to `texts`: a string, a step or section object (`text`,
    /// `name` and `itemListElement`), a question (`name` and `acceptedAnswer`), or an array of them.
    static func collect(_ value: Any?, into texts: inout [String]) {
        switch value {
        case let text as String:
            texts.append(text)
        case let array as [Any]:
            for item in array { collect(item, into: &texts) }
        case let object as [String: Any]:
            let type = object["@type"] as? String
            if type == "Question" || type == "HowToSection" { collect(object["name"], into: &texts) }
            collect(object["text"], into: &texts)
            collect(object["acceptedAnswer"], into: &texts)
            collect(object["itemListElement"], into: &texts)
        default:
            break
        }
    }

    /// The paragraphs of one stated text: its lines, or the paragraphs of its markup.
    static func paragraphs(of text: String) -> [String] {
        if text.contains("<") { return HTMLArticleExtractor.paragraphs(ofFragment: text) }
        return HTMLArticleExtractor.statedParagraphs(text)
    }
}
