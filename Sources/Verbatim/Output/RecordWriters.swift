/// Writes the JSON Lines records of `verbatim segment`: one sentence a line,
/// `{"doc","index","paragraph","start","end","text"}`, plus `"tokens"` when asked.
public struct SentenceRecordWriter: Sendable {
    /// Whether each record lists its sentence's tokens as `"tokens": [{"start","end","kind"}]`.
    public var includeTokens: Bool

    public init(includeTokens: Bool = false) {
        self.includeTokens = includeTokens
    }

    /// - Returns: the lines for every sentence of `document`, each ending in `\n`.
    /// - Complexity: O(*n*) in the length of the text.
    public func records(for document: AnalyzedDocument) -> [UInt8] {
        var writer = JSONWriter()
        let tokens = document.segmentation.tokens
        var nextToken = 0
        for sentence in document.segmentation.sentences {
            writer.beginObject()
            writer.key("doc")
            writer.string(document.document.id)
            writer.key("index")
            writer.integer(sentence.index)
            writer.key("paragraph")
            writer.integer(sentence.paragraph)
            writer.key("start")
            writer.integer(sentence.span.start)
            writer.key("end")
            writer.integer(sentence.span.end)
            writer.key("text")
            writer.string(document.text.string(sentence.span))
            if includeTokens {
                writer.key("tokens")
                writer.beginArray()
                while nextToken < tokens.count, tokens[nextToken].sentence == sentence.index {
                    let token = tokens[nextToken]
                    writer.beginObject()
                    writer.key("start")
                    writer.integer(token.span.start)
                    writer.key("end")
                    writer.integer(token.span.end)
                    writer.key("kind")
                    writer.string(token.kind.name)
                    writer.endObject()
                    nextToken += 1
                }
                writer.endArray()
            }
            writer.endObject()
            writer.newline()
        }
        return writer.bytes
    }
}

extension TokenKind {
    /// The name written in `verbatim segment --tokens` output.
    var name: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .other: "other"
        }
    }
}

/// Writes the JSON Lines records of `verbatim score`: one quotation a line,
/// in the schema README documents. Member order is fixed.
public struct QuotationRecordWriter: Sendable {
    public init() {}

    /// - Returns: the lines for every quotation of `document`, each ending in `\n`.
    /// - Complexity: O(*q*) in the number and length of the quotations.
    public func records(for document: AnalyzedDocument) -> [UInt8] {
        var writer = JSONWriter()
        writer.reserveCapacity(document.quotations.count * Self.bytesPerRecordEstimate)
        for quotation in document.quotations {
            write(quotation, of: document, to: &writer)
            writer.newline()
        }
        return writer.bytes
    }

    /// Typical bytes of one record (PolNeAR train output averages about 500), to size the buffer once.
    private static let bytesPerRecordEstimate = 512

    /// Writes one quotation record (without the line break).
    public func write(_ quotation: Quotation, of document: AnalyzedDocument, to writer: inout JSONWriter) {
        let text = document.text
        writer.beginObject()
        writer.key("doc")
        writer.string(document.document.id)
        writer.key("kind")
        writer.string(quotation.kind.rawValue)
        writer.key("quote")
        writeSpan(quotation.content, text: text, to: &writer)
        writer.key("speaker")
        if let speaker = quotation.speaker {
            writer.beginObject()
            writer.key("name")
            writer.string(speaker.name)
            writer.key("mention")
            if let mention = speaker.mention { writeSpan(mention, text: text, to: &writer) } else { writer.null() }
            writer.key("role")
            if let role = speaker.role { writer.string(role) } else { writer.null() }
            writer.key("type")
            writer.string(speaker.kind.rawValue)
            writer.key("rule")
            writer.string(speaker.rule)
            writer.key("confidence")
            writer.number(speaker.confidence, digits: 2)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("cue")
        if let cue = quotation.cue { writeSpan(cue, text: text, to: &writer) } else { writer.null() }
        writer.key("sentence")
        writer.integer(quotation.sentence)
        writer.key("paragraph")
        writer.integer(quotation.paragraph)
        writer.key("stance")
        if let stance = quotation.stance {
            StanceRecordWriter().write(stance, id: nil, text: text, to: &writer)
        } else {
            writer.null()
        }
        writer.key("meta")
        writer.value(.object(document.document.metadata))
        writer.endObject()
    }

    private func writeSpan(_ span: TextSpan, text: SourceText, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("start")
        writer.integer(span.start)
        writer.key("end")
        writer.integer(span.end)
        writer.key("text")
        writer.string(text, utf8: span.utf8Range)
        writer.endObject()
    }
}
