import CLibXML2

/// Parses HTML and XML with libxml2 and copies the tree into `MarkupElement` values.
///
/// Both take text already decoded (`DecodedText`): libxml2 reads its UTF-8 and is told to
/// ignore the encoding the document declares, so it never decodes the bytes a second time.
/// HTML is parsed with recovery (broken pages still give a tree); XML is parsed strictly,
/// without network access, without loading a DTD and without substituting entities, and
/// with libxml2's default limits (`XML_PARSE_HUGE` off), so an entity bomb or a deeply
/// nested document is refused instead of filling memory.
enum MarkupParser {
    /// Elements nested deeper than this are flattened into their text.
    static let maximumDepth = 200

    /// Calls `xmlInitParser` once, before the first parse.
    private static let initialised: Void = { xmlInitParser() }()

    /// Readies libxml2 on the calling thread: initialised, and with error handlers that
    /// print nothing (libxml2 keeps its handlers per thread, and writes some errors to
    /// standard error whatever the parser options say).
    private static func prepare() {
        _ = initialised
        dl_xml_silence()
    }

    /// The root element of an HTML page.
    static func html(_ text: String) throws(ImportError) -> MarkupElement {
        prepare()
        guard let context = htmlNewParserCtxt() else {
            throw .malformed(format: .html, line: 0, reason: "out of memory")
        }
        defer { htmlFreeParserCtxt(context) }
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        // libxml2's HTML parser ends the document at a NUL character; browsers read on (the
        // HTML tokenizer turns it into U+FFFD), and so does Dateline.
        var text = text
        if text.utf8.contains(0) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }))
        }
        let document = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", Int32(options))
            }
        }
        return try root(of: document, context: context, format: .html)
    }

    /// The root element of an XML document (a feed).
    static func xml(_ text: String, format: InputFormat) throws(ImportError) -> MarkupElement {
        prepare()
        guard let context = xmlNewParserCtxt() else {
            throw .malformed(format: format, line: 0, reason: "out of memory")
        }
        defer { xmlFreeParserCtxt(context) }
        let options =
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_IGNORE_ENC.rawValue
        // libxml2's HTML parser ends the document at a NUL character; browsers read on (the
        // HTML tokenizer turns it into U+FFFD), and so does Dateline.
        var text = text
        if text.utf8.contains(0) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }))
        }
        let document = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", Int32(options))
            }
        }
        return try root(of: document, context: context, format: format)
    }

    private static func root(of document: xmlDocPtr?, context: xmlParserCtxtPtr, format: InputFormat)
        throws(ImportError) -> MarkupElement
    {
        guard let document else {
            let error = xmlCtxtGetLastError(context)
            let line = error.map { Int($0.pointee.line) } ?? 0
            let message = error.flatMap { $0.pointee.message }.map { String(cString: $0) } ?? "no markup found"
            throw .malformed(format: format, line: line, reason: message.collapsingWhitespace())
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw .malformed(format: format, line: 0, reason: "no root element")
        }
        return element(root, depth: 0, lowercased: format == .html)
    }

    private static func element(_ node: xmlNodePtr, depth: Int, lowercased: Bool) -> MarkupElement {
        let rawName = node.pointee.name.map { String(cString: $0) } ?? ""
        var result = MarkupElement(
            name: lowercased ? rawName.lowercased() : rawName,
            namespace: node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) })
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, let value = xmlGetProp(node, name) {
                let key = String(cString: name)
                result.attributes[lowercased ? key.lowercased() : key] = String(cString: value)
                dl_xml_free(value)
            }
            attribute = current.pointee.next
        }
        if depth >= maximumDepth {
            if let content = xmlNodeGetContent(node) {
                result.children = [.text(String(cString: content))]
                dl_xml_free(content)
            }
            return result
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(.element(element(current, depth: depth + 1, lowercased: lowercased)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result.children.append(.text(String(cString: content))) }
            default:
                // Comments, processing instructions and entity references (never expanded).
                break
            }
            child = current.pointee.next
        }
        return result
    }
}
