/// Recognises the parts of a web page that are not the article: scripts and styles, page
/// chrome (navigation, header, footer, asides), and blocks whose `class`, `id` or ARIA role
/// name them as comments, cookie banners, share widgets, promotions and the like.
///
/// Names are weighed by what the block holds: a name that always means furniture (comments,
/// related links, newsletter boxes) drops the block unless a content name and 800 characters of
/// paragraphs say it is the article, while a name that pages also give to their content wrappers
/// (`share`, `meta`, `header`, `widget`) drops it only when it holds little text or mostly link
/// text, and a `teaser` without links is the article's lead. A `<header>` inside the article (its headline and
/// lead) stays, and so does a `<header>` that broken markup left around the whole page, a
/// `<form>` that a framework wrapped around it, a `<figure>` holding a table or a pull quote
/// (its `<figcaption>` still goes), and a small `social`- or `share`-named block holding a block
/// quotation (an embedded post is a quotation).
enum HTMLBoilerplate {
    /// Elements that never hold article text (`<rt>` and `<rp>` are the readings of ruby text).
    static let ignoredElements: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math", "iframe",
        "object", "embed", "canvas", "video", "audio", "img", "picture", "source", "map", "button", "input",
        "select", "textarea", "label", "rt", "rp",
    ]

    /// Page chrome around the article.
    static let chromeElements: Set<String> = [
        "nav", "header", "footer", "aside", "figure", "figcaption", "menu", "dialog",
    ]

    /// ARIA roles of page chrome.
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "alert",
    ]

    /// Class or id words (or their beginnings) that mark a block as boilerplate, unless it is named
    /// content too and holds the article's paragraphs (`holdsArticleParagraphs`).
    static let boilerplateStems = [
        "comment", "cookie", "consent", "gdpr", "newsletter", "related", "disqus", "outbrain", "taboola",
        "breadcrumb", "recommend", "caption", "credit", "readmore", "morestories", "teaserlist", "readingtime",
    ]

    /// Class or id words (or their beginnings) that mark a small or link-heavy block as boilerplate.
    static let smallBoilerplateStems = [
        "share", "sharing", "social", "paywall", "sidebar", "widget", "teaser", "byline", "author", "date", "time",
        "publish", "posted", "updated", "promo", "advert", "sponsor", "popup", "modal", "subscri", "signup",
        // Author notes, post metadata, print-only and copyright lines, fact boxes and ratings.
        "autor", "bio", "meta", "noprint", "infobox", "contact", "appendix", "citation", "tags", "rating",
        "copyright", "footer",
    ]

    /// Class or id words (or their beginnings) that pages give to teasers of other articles and
    /// to the article's own lead alike: without any link text, such a block is the lead.
    static let leadStems = ["teaser"]

    /// Words that begin like a boilerplate name but are not one (an opinion piece is `commentary`).
    static let notBoilerplateWords: Set<String> = ["commentary", "authority", "timeline", "dateline"]

    /// Class or id words that mark a small or link-heavy block as boilerplate, unless they
    /// also say it is content.
    static let chromeWords: Set<String> = [
        "footer", "header", "masthead", "nav", "navbar", "navigation", "menu", "banner", "ad", "ads",
        "pagination", "pager", "tags", "toolbar", "skip", "meta", "extra", "supplemental", "trending",
    ]

    /// Class or id words that say a block is the content.
    static let contentWords: Set<String> = ["article", "body", "content", "main", "story", "entry", "post", "text"]

    /// Elements that hold the whole page or the whole article and are never dropped by name.
    static let containerElements: Set<String> = ["html", "body", "main", "article"]

    /// A block with at least this many characters of text outside links is not dropped for a
    /// name that pages also give to content wrappers.
    static let substantialTextLength = 400

    /// Whether `element` is boilerplate; class and id words count only when `byClassNames`, and
    /// without them (the looser pass) chrome that broken markup wrapped around the article stays;
    /// `insideArticle` tells whether an `<article>`, `<main>` or article body holds it.
    static func isBoilerplate(_ element: MarkupElement, byClassNames: Bool, insideArticle: Bool) -> Bool {
        if ignoredElements.contains(element.name) { return true }
        // Some frameworks wrap the whole page in one form; any other form is furniture.
        if element.name == "form" { return !holdsTheArticle(element) && !holdsPageText(element) }
        if element.attributes["hidden"] != nil || element.attributes["aria-hidden"] == "true" || isStyledHidden(element)
        {
            return true
        }
        if chromeElements.contains(element.name) {
            if element.name == "header" && (insideArticle || holdsTheArticle(element)) { return false }
            if element.name == "figure" && holdsTableOrQuotation(element) { return false }
            return byClassNames || !holdsTheArticle(element)
        }
        if let role = element.attributes["role"], chromeRoles.contains(role.lowercased()) {
            return byClassNames || !holdsTheArticle(element)
        }
        guard byClassNames, !containerElements.contains(element.name),
            element.attributes["itemprop"]?.lowercased() != "articlebody"
        else { return false }
        let words = element.classAndIDWords
        let named = words.filter { !notBoilerplateWords.contains(String($0)) }
        if named.contains(where: { word in boilerplateStems.contains(where: { word.hasPrefix($0) }) }) {
            return !(words.contains(where: { contentWords.contains(String($0)) }) && holdsArticleParagraphs(element))
        }
        let smallNames = named.filter { word in smallBoilerplateStems.contains(where: { word.hasPrefix($0) }) }
        let namedChrome =
            words.contains(where: { chromeWords.contains(String($0)) })
            && !words.contains(where: { contentWords.contains(String($0)) })
        guard !smallNames.isEmpty || namedChrome, !holdsSubstantialText(element) else { return false }
        if !namedChrome && !element.descendants(where: { $0.name == "blockquote" }).isEmpty { return false }
        return namedChrome || !isUnlinkedLead(element, names: smallNames)
    }

    /// Whether `element`, whose furniture names are `names`, is the article's own lead: every
    /// name is a lead name (`teaser`), it is no heading and holds none (teaser cards' titles),
    /// and no text in it is a link, while other articles' teasers link to them.
    static func isUnlinkedLead(_ element: MarkupElement, names: [Substring]) -> Bool {
        guard !names.isEmpty, names.allSatisfy({ name in leadStems.contains(where: { name.hasPrefix($0) }) }),
            !HTMLParagraphCollector.headingElements.contains(element.name),
            element.descendants(where: { HTMLParagraphCollector.headingElements.contains($0.name) }).isEmpty
        else { return false }
        let figures = HTMLBlockFigures(element)
        return figures.textLength > 0 && figures.linkLength == 0
    }

    /// Whether `element` holds `substantialTextLength` × 2 characters of paragraph text
    /// outside links: an article, not a list of other articles' links.
    static func holdsArticleParagraphs(_ element: MarkupElement) -> Bool {
        let figures = HTMLBlockFigures(element)
        return figures.paragraphTextLength >= substantialTextLength * 2
            && figures.textLength - figures.linkLength >= substantialTextLength * 2
    }

    /// Whether `element` wraps the article: it holds an `<article>` or `<main>`, or enough
    /// paragraph text outside links to be more than chrome.
    static func holdsTheArticle(_ element: MarkupElement) -> Bool {
        if !element.descendants(where: { $0.name == "article" || $0.name == "main" }).isEmpty { return true }
        return HTMLBlockFigures(element).paragraphTextLength >= substantialTextLength * 2
    }

    /// Paragraph text a `<noscript>` must hold to be read: pages that draw their article with
    /// a script give its text there, while image fallbacks and "enable JavaScript" notes are short.
    static let noscriptArticleLength = 200

    /// Whether `element` holds `noscriptArticleLength` characters of paragraph text.
    static func holdsArticleText(_ element: MarkupElement) -> Bool {
        HTMLBlockFigures(element).paragraphTextLength >= noscriptArticleLength
    }

    /// Whether `element` holds `substantialTextLength` × 2 characters outside links, in whatever
    /// blocks: more than any search, login or comment form, so a form wrapped around the page.
    static func holdsPageText(_ element: MarkupElement) -> Bool {
        let figures = HTMLBlockFigures(element)
        return figures.textLength - figures.linkLength >= substantialTextLength * 2
    }

    /// Whether `element` holds a table or a block quotation: a figure of data or a pull quote,
    /// not a picture.
    static func holdsTableOrQuotation(_ element: MarkupElement) -> Bool {
        !element.descendants(where: { $0.name == "table" || $0.name == "blockquote" }).isEmpty
    }

    /// Whether `element` holds at least `substantialTextLength` characters outside links.
    static func holdsSubstantialText(_ element: MarkupElement) -> Bool {
        let figures = HTMLBlockFigures(element)
        return figures.textLength - figures.linkLength >= substantialTextLength
    }

    /// A copy of `element` without its boilerplate descendants.
    static func pruned(_ element: MarkupElement, byClassNames: Bool, insideArticle: Bool = false) -> MarkupElement {
        var copy = element
        let inside = insideArticle || isArticleContainer(element)
        copy.children = element.children.compactMap { node in
            guard case .element(var child) = node else { return node }
            if child.name == "noscript" && holdsArticleText(child) { child.name = "div" }
            if isBoilerplate(child, byClassNames: byClassNames, insideArticle: inside) { return nil }
            return .element(pruned(child, byClassNames: byClassNames, insideArticle: inside))
        }
        return copy
    }

    /// Whether `element`'s inline style hides it (`display: none`, `visibility: hidden`) and it
    /// is furniture: closed menus and dialogs, and the schema.org copies of the metadata some pages
    /// carry for crawlers (`itemscope`). A hidden block holding the article's paragraphs stays:
    /// scripts show paywalled text, tabs and gallery sections that way.
    static func isStyledHidden(_ element: MarkupElement) -> Bool {
        guard let style = element.attributes["style"] else { return false }
        let declarations = style.lowercased().filter { !$0.isWhitespace }
        guard declarations.contains("display:none") || declarations.contains("visibility:hidden") else {
            return false
        }
        return element.attributes["itemscope"] != nil || !holdsArticleText(element)
    }

    /// Whether `element` is an `<article>`, `<main>` or marked article body.
    static func isArticleContainer(_ element: MarkupElement) -> Bool {
        element.name == "article" || element.name == "main"
            || element.attributes["itemprop"]?.lowercased() == "articlebody"
    }
}
