/// Writes `verbatim stance` lines: `{"id"?, "score", "label", "targets", "evidence"}`, and the
/// readable form of `--explain`.
public struct StanceRecordWriter {
    /// - Complexity: O(1).
    public init() {}

    /// One JSON object (no newline) for the stance of a text.
    /// - Parameters:
    ///   - id: the input line's id, written first when present.
    ///   - text: the text the stance's offsets point into.
    /// - Complexity: O(*n*) in the size of the stance.
    public func write(_ stance: Stance, id: JSONValue?, text: SourceText, to writer: inout JSONWriter) {
        // One record per quotation: the members go through one cursor into room reserved once,
        // without a `String` per number or evidence text.
        let bound = Self.membersBound(of: stance)
        guard let id else {
            writer.rawValue(maximumCount: bound + 2) { out in
                out.put(UInt8(ascii: "{"))
                Self.putMembers(of: stance, text: text, to: &out)
                out.put(UInt8(ascii: "}"))
            }
            return
        }
        writer.beginObject()
        writer.key("id")
        writer.value(id)
        // The members after the id, as one more item of the object (which puts the comma before them).
        writer.rawValue(maximumCount: bound) { Self.putMembers(of: stance, text: text, to: &$0) }
        writer.endObject()
    }

    /// Most bytes of the fixed text of the members (names, brackets, a label), besides the score.
    private static let fixedMembersBound = 64
    /// Most bytes of the fixed text of a target (names, brackets, a label, a comma), besides its
    /// name and score.
    private static let fixedTargetBound = 64
    /// Most bytes of the fixed text of a mention or an evidence word, besides their numbers and text.
    private static let fixedSpanBound = 48

    /// Most bytes `putMembers` writes for `stance`.
    /// - Complexity: O(*t* + *e*) in the targets and evidence.
    static func membersBound(of stance: Stance) -> Int {
        var bound = fixedMembersBound + JSONCursor.numberBound
        for target in stance.targets {
            bound += fixedTargetBound + JSONCursor.stringBound(target.name.utf8.count) + JSONCursor.numberBound
            bound += target.mentions.count * (fixedSpanBound + 2 * JSONCursor.decimalBound)
        }
        for evidence in stance.evidence {
            bound += fixedSpanBound + 2 * JSONCursor.decimalBound + JSONCursor.numberBound
                + JSONCursor.stringBound(evidence.span.utf8End - evidence.span.utf8Start)
        }
        return bound
    }

    /// `"score":…,"label":…,"targets":[…],"evidence":[…]`: `QuotationRecordWriter` puts them
    /// straight into its record's cursor, inside braces.
    /// - Complexity: O(*n*) in the size of the stance.
    static func putMembers(of stance: Stance, text: SourceText, to out: inout JSONCursor) {
        putScoreAndLabel(stance.score, stance.label, to: &out)
        out.put(#","targets":["#)
        for (targetIndex, target) in stance.targets.enumerated() {
            if targetIndex > 0 { out.put(UInt8(ascii: ",")) }
            out.put(#"{"name":"#)
            out.putString(target.name)
            out.put(UInt8(ascii: ","))
            putScoreAndLabel(target.score, target.label, to: &out)
            out.put(#","mentions":["#)
            for (mentionIndex, mention) in target.mentions.enumerated() {
                if mentionIndex > 0 { out.put(UInt8(ascii: ",")) }
                out.putSpanOffsets(mention)
                out.put(UInt8(ascii: "}"))
            }
            out.put("]}")
        }
        out.put(#"],"evidence":["#)
        text.bytes.withUnsafeBufferPointer { source in
            for (evidenceIndex, evidence) in stance.evidence.enumerated() {
                if evidenceIndex > 0 { out.put(UInt8(ascii: ",")) }
                out.putSpanOffsets(evidence.span)
                out.put(#","text":"#)
                out.putString(UnsafeBufferPointer(rebasing: source[evidence.span.utf8Range]))
                out.put(#","weight":"#)
                out.putNumber(evidence.weight, digits: decimals)
                out.put(UInt8(ascii: "}"))
            }
        }
        out.put(UInt8(ascii: "]"))
    }

    /// `"score":S,"label":"L"`, the members a stance and each of its targets share.
    private static func putScoreAndLabel(_ score: Double, _ label: StanceLabel, to out: inout JSONCursor) {
        out.put(#""score":"#)
        out.putNumber(score, digits: decimals)
        out.put(#","label":""#)
        out.put(labelText(label))
        out.put(UInt8(ascii: "\""))
    }

    /// A label's raw value, as fixed text.
    private static func labelText(_ label: StanceLabel) -> StaticString {
        switch label {
        case .support: "support"
        case .oppose: "oppose"
        case .neutral: "neutral"
        }
    }

    /// Decimals of scores and weights: `JSONWriter.number`'s default.
    private static let decimals = 4

    /// The `--explain` form: the score, each target, then each word with its weight and offsets.
    /// - Parameters:
    ///   - id: the input line's id, shown first when present.
    ///   - text: the text the stance's offsets point into.
    /// - Returns: lines of text, each ending in a newline.
    /// - Complexity: O(*n*) in the size of the stance.
    public func explain(_ stance: Stance, id: String?, text: SourceText) -> String {
        var lines: [String] = []
        let head = id.map { "[\($0)] " } ?? ""
        lines.append("\(head)score \(Self.format(stance.score)) \(stance.label.rawValue)")
        for target in stance.targets {
            let mentions = target.mentions.map { "\($0.start)-\($0.end)" }.joined(separator: ", ")
            lines.append("  toward \(target.name): \(Self.format(target.score)) \(target.label.rawValue) (at \(mentions))")
        }
        for evidence in stance.evidence {
            lines.append("  \(Self.format(evidence.weight, places: 3))  \(text.string(evidence.span))  [\(evidence.span.start)-\(evidence.span.end)]")
        }
        if stance.evidence.isEmpty { lines.append("  (no word moved the score)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double, places: Int = 4) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return (rounded >= 0 ? "+" : "") + "\(rounded)"
    }
}
