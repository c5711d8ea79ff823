/// One node of parsed HTML or XML, copied out of libxml2 into Swift values.
enum MarkupNode: Sendable {
    case element(MarkupElement)
    case text(String)
}
