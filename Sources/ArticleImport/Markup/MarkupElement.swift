/// An element of parsed HTML or XML: its local name (lowercased for HTML), namespace,
/// attributes and children.
struct MarkupElement: Sendable {
    /// The local name: `encoded` for `content:encoded`, `div` for `<DIV>`.
    var name: String
    /// The namespace URI of an XML element; `nil` in HTML.
    var namespace: String?
    var attributes: [String: String]
    var children: [MarkupNode]

    init(name: String, namespace: String? = nil, attributes: [String: String] = [:], children: [MarkupNode] = []) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
    }

    /// The element children, in order.
    var elements: [MarkupElement] {
        children.compactMap { node in
            if case .element(let element) = node { return element }
            return nil
        }
    }

    /// The first child element called `name` (in `namespace` when given).
    func child(_ name: String, namespace: String? = nil) -> MarkupElement? {
        elements.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// Every element below this one (not this one) in document order, for which `include`
    /// holds; the search does not descend into elements for which `descend` is false.
    func descendants(
        where include: (MarkupElement) -> Bool, descend: (MarkupElement) -> Bool = { _ in true }
    ) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack: [MarkupElement] = elements.reversed()
        while let element = stack.popLast() {
            if include(element) { found.append(element) }
            if descend(element) { stack.append(contentsOf: element.elements.reversed()) }
        }
        return found
    }

    /// All text below this element, with white space runs collapsed to one space and trimmed.
    var text: String {
        var raw = ""
        var stack: [MarkupNode] = children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let text): raw += text
            case .element(let element): stack.append(contentsOf: element.children.reversed())
            }
        }
        return raw.collapsingWhitespace()
    }

    /// The lowercased words of the `class` and `id` attributes, split at anything that is
    /// not a letter or digit (`article-body main` gives `article`, `body`, `main`).
    var classAndIDWords: [Substring] {
        let names = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        return names.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }
}

extension String {
    /// The text with every run of white space turned into one space, and none at either end.
    func collapsingWhitespace() -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            // ASCII first: the Unicode property lookup dominates extraction time otherwise.
            let isWhitespace =
                scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
