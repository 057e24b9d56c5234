/// Writes the JSON Lines records of `verbatim segment`: one sentence a line,
/// `{"doc","index","paragraph","start","end","text"}`, plus `"tokens"` when asked.
public struct SentenceRecordWriter: PieceRecordWriter {
    /// Whether each record lists its sentence's tokens as `"tokens": [{"start","end","kind"}]`.
    public var includeTokens: Bool

    public init(includeTokens: Bool = false) {
        self.includeTokens = includeTokens
    }

    /// Writes the lines for every sentence of `document` in pieces of about `chunkBytes`
    /// bytes, so that the records of a large document are never all in memory at once.
    /// - Parameters:
    ///   - chunkBytes: a piece is handed on as soon as it holds this many bytes (whole lines
    ///     only); `.max` hands on one piece.
    ///   - output: receives the pieces in order, at least one (empty when there are no sentences).
    /// - Throws: what `output` throws.
    /// - Complexity: O(*n*) in the length of the text.
    public func writeRecords(
        for document: AnalyzedDocument, chunkBytes: Int, to output: ([UInt8]) throws -> Void
    ) rethrows {
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
            writer.string(document.text, utf8: sentence.span.utf8Range)
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
            if writer.byteCount >= chunkBytes {
                try output(writer.takeBytes())
                writer.reserveCapacity(chunkBytes)
            }
        }
        try output(writer.takeBytes())
    }
}

extension SentenceRecordWriter {
    /// Bytes of a sentence record besides its text and id: member names, punctuation and four integers.
    private static let sentenceMembersBytes = 96
    /// Bytes of a token in a record: `{"start":…,"end":…,"kind":"…"},`.
    private static let tokenMembersBytes = 48

    /// About how many bytes `records(for:)` writes for `document` (to decide, before writing, whether
    /// its records should be written a piece at a time).
    /// - Complexity: O(1).
    public func estimatedBytes(for document: AnalyzedDocument) -> Int {
        let sentences = document.segmentation.sentences.count
        let tokens = includeTokens ? document.segmentation.tokens.count : 0
        return document.text.bytes.count + sentences * (Self.sentenceMembersBytes + document.document.id.utf8.count)
            + tokens * Self.tokenMembersBytes
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
public struct QuotationRecordWriter: PieceRecordWriter {
    public init() {}

    /// Writes the lines for every quotation of `document` in pieces of about `chunkBytes`
    /// bytes, so that the records of a large document (several times the size of its text)
    /// are never all in memory at once.
    /// - Parameters:
    ///   - chunkBytes: a piece is handed on as soon as it holds this many bytes (whole lines
    ///     only); `.max` hands on one piece.
    ///   - output: receives the pieces in order, at least one (empty when there are no quotations).
    /// - Throws: what `output` throws.
    /// - Complexity: O(*q*) in the number and length of the quotations.
    public func writeRecords(
        for document: AnalyzedDocument, chunkBytes: Int, to output: ([UInt8]) throws -> Void
    ) rethrows {
        var writer = JSONWriter()
        let quotations = document.quotations
        // Room for every record of a small document, for a piece's worth of a large one.
        let recordsPerPiece = chunkBytes / Self.bytesPerRecordEstimate + 1
        writer.reserveCapacity(min(quotations.count, recordsPerPiece) * Self.bytesPerRecordEstimate)
        // The document's parts of every record, written once.
        let shared = SharedParts(document)
        // By index: a `for … in` loop copies each quotation, retaining every string and array it holds.
        for index in quotations.indices {
            write(quotations[index], of: document, shared: shared, to: &writer)
            writer.newline()
            if writer.byteCount >= chunkBytes {
                try output(writer.takeBytes())
                writer.reserveCapacity(chunkBytes + Self.bytesPerRecordEstimate)
            }
        }
        try output(writer.takeBytes())
    }

    /// About how many bytes `records(for:)` writes for `document`: each record's texts, its document's
    /// id and metadata, and its other members. Quoted texts can make the records far larger than the
    /// document (a sentence that runs for megabytes, cue after cue, gives a clause to each cue), so
    /// whether to write them a piece at a time is decided from this, not from the text's size.
    /// - Complexity: O(*q*) in the number of quotations.
    public func estimatedBytes(for document: AnalyzedDocument) -> Int {
        guard !document.quotations.isEmpty else { return 0 }
        let shared = SharedParts(document)
        var bytes = document.quotations.count * (Self.fixedRecordBytes + shared.id.count + shared.metadata.count)
        for quotation in document.quotations {
            bytes += quotation.content.utf8End - quotation.content.utf8Start
            if let cue = quotation.cue { bytes += cue.utf8End - cue.utf8Start }
            if let mention = quotation.speaker?.mention { bytes += mention.utf8End - mention.utf8Start }
        }
        return bytes
    }

    /// Bytes of a record besides its texts, id and metadata: member names, punctuation, numbers,
    /// the speaker's name and rule, and a typical stance (PolNeAR records average 500 to 540 bytes,
    /// texts included).
    private static let fixedRecordBytes = 320

    /// Bytes to reserve per record, to size the buffer once: PolNeAR records average 500 to
    /// 540 bytes; room reserved but never written costs no memory (see `JSONWriter`), while
    /// growing a large buffer holds it twice for a moment.
    private static let bytesPerRecordEstimate = 768

    /// The JSON text of a document's id and metadata, the same in each of its records.
    private struct SharedParts {
        let id: [UInt8]
        let metadata: [UInt8]

        init(_ document: AnalyzedDocument) {
            var writer = JSONWriter()
            writer.string(document.document.id)
            id = writer.takeBytes()
            writer.value(.object(document.document.metadata))
            metadata = writer.takeBytes()
        }
    }

    /// Writes one quotation record (without the line break).
    /// - Complexity: O(*n*) in the size of the record, plus the document's shared parts (id and metadata).
    public func write(_ quotation: Quotation, of document: AnalyzedDocument, to writer: inout JSONWriter) {
        write(quotation, of: document, shared: SharedParts(document), to: &writer)
    }

    /// Most bytes of a record besides its strings, stance and shared parts: member names,
    /// punctuation, six integers and a number, with room to spare.
    private static let fixedRecordBound = 512

    /// Writes the record in one piece: its most bytes are known up front, so nothing is checked per member.
    private func write(_ quotation: Quotation, of document: AnalyzedDocument, shared: SharedParts, to writer: inout JSONWriter) {
        let text = document.text
        // The stance goes straight into the record's room, braces around its members: no writer of its own.
        let stanceBound = quotation.stance.map { StanceRecordWriter.membersBound(of: $0) + 2 } ?? 0
        func textBound(_ span: TextSpan?) -> Int {
            span.map { JSONCursor.stringBound($0.utf8End - $0.utf8Start) } ?? 0
        }
        var bound = Self.fixedRecordBound + shared.id.count + shared.metadata.count + stanceBound
        bound += textBound(quotation.content) + textBound(quotation.cue) + textBound(quotation.speaker?.mention)
        if let speaker = quotation.speaker {
            bound += JSONCursor.stringBound(speaker.name.utf8.count) + JSONCursor.stringBound(speaker.rule.utf8.count)
            bound += JSONCursor.stringBound(speaker.role?.utf8.count ?? 0)
        }
        text.bytes.withUnsafeBufferPointer { bytes in
            writer.rawValue(maximumCount: bound) { out in
                func putSpan(_ span: TextSpan) {
                    out.putSpanOffsets(span)
                    out.put(#","text":"#)
                    out.putString(UnsafeBufferPointer(rebasing: bytes[span.utf8Range]))
                    out.put(UInt8(ascii: "}"))
                }
                out.put(#"{"doc":"#)
                shared.id.withUnsafeBufferPointer { out.put($0) }
                out.put(#","kind":"#)
                out.putString(quotation.kind.rawValue)
                out.put(#","quote":"#)
                putSpan(quotation.content)
                out.put(#","speaker":"#)
                if let speaker = quotation.speaker {
                    out.put(#"{"name":"#)
                    out.putString(speaker.name)
                    out.put(#","mention":"#)
                    if let mention = speaker.mention { putSpan(mention) } else { out.put("null") }
                    out.put(#","role":"#)
                    if let role = speaker.role { out.putString(role) } else { out.put("null") }
                    out.put(#","type":"#)
                    out.putString(speaker.kind.rawValue)
                    out.put(#","rule":"#)
                    out.putString(speaker.rule)
                    out.put(#","confidence":"#)
                    out.putNumber(speaker.confidence, digits: 2)
                    out.put(UInt8(ascii: "}"))
                } else {
                    out.put("null")
                }
                out.put(#","cue":"#)
                if let cue = quotation.cue { putSpan(cue) } else { out.put("null") }
                out.put(#","sentence":"#)
                out.putDecimal(Int64(quotation.sentence))
                out.put(#","paragraph":"#)
                out.putDecimal(Int64(quotation.paragraph))
                out.put(#","stance":"#)
                if let stance = quotation.stance {
                    out.put(UInt8(ascii: "{"))
                    StanceRecordWriter.putMembers(of: stance, text: text, to: &out)
                    out.put(UInt8(ascii: "}"))
                } else {
                    out.put("null")
                }
                out.put(#","meta":"#)
                shared.metadata.withUnsafeBufferPointer { out.put($0) }
                out.put(UInt8(ascii: "}"))
            }
        }
    }
}
