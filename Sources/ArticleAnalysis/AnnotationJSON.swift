/// The annotation JSON of the contract (`quotes-eval.md`): what `dateline annotate` prints.
///
/// Keys are snake case and sorted; unknown speakers, names and cues are `null`, never left
/// out. It is written through `JSONStreamWriter`, piece by piece, keys in sorted order: the
/// annotations of a 50 MB article never exist as one JSON tree or string.
public struct AnnotationJSON {
    public var id: String?
    public var annotations: Annotations

    public init(id: String? = nil, annotations: Annotations) {
        self.id = id
        self.annotations = annotations
    }

    /// Writes the object.
    public func write(to writer: inout JSONStreamWriter) {
        writer.beginObject()
        writer.key("attributions")
        writer.array(annotations.attributions) { writer, attribution in
            writer.beginObject()
            Self.write(optional: attribution.cue, key: "cue", to: &writer)
            writer.key("kind")
            writer.string(attribution.kind.rawValue)
            Self.write(optional: attribution.source, key: "source", to: &writer)
            writer.key("source_name")
            writer.string(attribution.sourceName)
            writer.endObject()
        }
        writer.key("bylines")
        writer.array(annotations.bylines) { writer, byline in
            writer.beginObject()
            writer.key("end")
            writer.int(byline.span.end)
            writer.key("name")
            writer.string(byline.name)
            writer.key("start")
            writer.int(byline.span.start)
            writer.key("text")
            writer.string(byline.span.text)
            writer.endObject()
        }
        if let id {
            writer.key("id")
            writer.string(id)
        }
        writer.key("language")
        writer.string(annotations.language.rawValue)
        writer.key("quoted_phrases")
        writer.array(annotations.quotedPhrases) { writer, span in Self.write(span, to: &writer) }
        writer.key("quotes")
        writer.array(annotations.quotes) { writer, quote in
            writer.beginObject()
            Self.write(optional: quote.cue, key: "cue", to: &writer)
            writer.key("end")
            writer.int(quote.span.end)
            Self.write(optional: quote.speaker, key: "speaker", to: &writer)
            writer.key("speaker_name")
            writer.string(quote.speakerName)
            writer.key("start")
            writer.int(quote.span.start)
            writer.key("text")
            writer.string(quote.span.text)
            writer.endObject()
        }
        writer.endObject()
    }

    /// A span as an object: its `end`, `start` and `text`.
    static func write(_ span: TextSpan, to writer: inout JSONStreamWriter) {
        writer.beginObject()
        writer.key("end")
        writer.int(span.end)
        writer.key("start")
        writer.int(span.start)
        writer.key("text")
        writer.string(span.text)
        writer.endObject()
    }

    /// The field `key`: a span, or `null`.
    static func write(optional span: TextSpan?, key: String, to writer: inout JSONStreamWriter) {
        writer.key(key)
        guard let span else { return writer.null() }
        write(span, to: &writer)
    }

    /// One line of JSON with keys sorted, as `--jsonl` prints it.
    public func jsonLine() -> String {
        var bytes: [UInt8] = []
        var writer = JSONStreamWriter(pretty: false) { bytes += $0 }
        write(to: &writer)
        writer.flush()
        return String(decoding: bytes, as: UTF8.self)
    }
}
