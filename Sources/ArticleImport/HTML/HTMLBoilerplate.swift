/// Recognises the parts of a web page that are not the article: scripts and styles, page
/// chrome (navigation, header, footer, asides), and blocks whose `class`, `id` or ARIA role
/// name them as comments, cookie banners, share widgets, promotions and the like.
enum HTMLBoilerplate {
    /// Elements that never hold article text.
    static let ignoredElements: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math", "iframe",
        "object", "embed", "canvas", "video", "audio", "img", "picture", "source", "map", "button", "input",
        "select", "textarea", "form", "label",
    ]

    /// Page chrome around the article.
    static let chromeElements: Set<String> = ["nav", "header", "footer", "aside", "figure", "menu", "dialog"]

    /// ARIA roles of page chrome.
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "alert",
    ]

    /// Class or id words (or their beginnings) that mark a block as boilerplate wherever it is.
    static let boilerplateStems = [
        "comment", "cookie", "consent", "gdpr", "share", "sharing", "social", "newsletter", "subscri", "byline",
        "author", "promo", "advert", "sponsor", "related", "disqus", "outbrain", "taboola", "popup", "modal",
        "breadcrumb", "paywall", "signup", "recommend",
    ]

    /// Class or id words that mark a block as boilerplate unless it also says it is content.
    static let chromeWords: Set<String> = [
        "sidebar", "footer", "header", "masthead", "nav", "navbar", "navigation", "menu", "banner", "ad", "ads",
        "pagination", "pager", "tags", "toolbar", "skip", "widget", "meta", "extra", "supplemental", "trending",
    ]

    /// Class or id words that say a block is the content.
    static let contentWords: Set<String> = ["article", "body", "content", "main", "story", "entry", "post", "text"]

    /// Elements that hold the whole page or the whole article and are never dropped by name.
    static let containerElements: Set<String> = ["html", "body", "main", "article"]

    /// Whether `element` is boilerplate; class and id words count only when `byClassNames`.
    static func isBoilerplate(_ element: MarkupElement, byClassNames: Bool) -> Bool {
        if ignoredElements.contains(element.name) || chromeElements.contains(element.name) { return true }
        if element.attributes["hidden"] != nil || element.attributes["aria-hidden"] == "true" { return true }
        if let role = element.attributes["role"], chromeRoles.contains(role.lowercased()) { return true }
        guard byClassNames, !containerElements.contains(element.name),
            element.attributes["itemprop"]?.lowercased() != "articlebody"
        else { return false }
        let words = element.classAndIDWords
        if words.contains(where: { word in boilerplateStems.contains(where: { word.hasPrefix($0) }) }) { return true }
        return words.contains(where: { chromeWords.contains(String($0)) })
            && !words.contains(where: { contentWords.contains(String($0)) })
    }

    /// A copy of `element` without its boilerplate descendants.
    static func pruned(_ element: MarkupElement, byClassNames: Bool) -> MarkupElement {
        var copy = element
        copy.children = element.children.compactMap { node in
            guard case .element(let child) = node else { return node }
            if isBoilerplate(child, byClassNames: byClassNames) { return nil }
            return .element(pruned(child, byClassNames: byClassNames))
        }
        return copy
    }
}
