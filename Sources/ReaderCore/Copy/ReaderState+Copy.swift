extension ReaderState {
    /// `y`: copies the current quote as `“…” — Name`, else the article's web address.
    mutating func copyQuoteOrAddress() -> [ReaderEffect] {
        guard let open = article else {
            status = StatusMessage("open an article first")
            return []
        }
        if let current = open.currentQuote {
            let quote = open.document.quotes[current]
            let text = quote.parts.map { open.document.text(of: $0) }.joined(separator: " ")
            status = StatusMessage("copied the quote")
            return [.copy(text + (quote.speakerName.map { " \u{2014} " + $0 } ?? ""))]
        }
        guard let source = targetArticle?.source, source.hasPrefix("http://") || source.hasPrefix("https://") else {
            status = StatusMessage("no quote marked (] marks one) and no web address to copy")
            return []
        }
        status = StatusMessage("copied \(source)")
        return [.copy(source)]
    }

    /// `Y`: copies the whole article as Markdown: the title as a heading, the byline in
    /// italics, the paragraphs (not the reader's header line), and the web address when there is one.
    mutating func copyArticle() -> [ReaderEffect] {
        guard let markdown = articleMarkdown else {
            status = StatusMessage("open an article first")
            return []
        }
        status = StatusMessage("copied the article as Markdown")
        return [.copy(markdown)]
    }

    /// The open article as Markdown (what `Y` copies and `|` pipes), if one is open.
    var articleMarkdown: String? {
        guard let open = article else { return nil }
        var parts: [String] = []
        for block in open.document.blocks {
            let text = String(block.glyphs.map(\.character))
            switch block.kind {
            case .title: parts.append("# " + text)
            case .byline: parts.append("*" + text + "*")
            case .details: continue
            case .paragraph: parts.append(text)
            case .continuation: parts[parts.count - 1] += text
            }
        }
        if let source = targetArticle?.source, source.hasPrefix("http://") || source.hasPrefix("https://") {
            parts.append("<\(source)>")
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
