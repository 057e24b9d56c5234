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
        writer.beginObject()
        if let id {
            writer.key("id")
            writer.value(id)
        }
        writer.key("score")
        writer.number(stance.score)
        writer.key("label")
        writer.string(stance.label.rawValue)
        writer.key("targets")
        writer.beginArray()
        for target in stance.targets {
            writer.beginObject()
            writer.key("name")
            writer.string(target.name)
            writer.key("score")
            writer.number(target.score)
            writer.key("label")
            writer.string(target.label.rawValue)
            writer.key("mentions")
            writer.beginArray()
            for mention in target.mentions {
                writer.beginObject()
                writer.key("start")
                writer.integer(mention.start)
                writer.key("end")
                writer.integer(mention.end)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.key("evidence")
        writer.beginArray()
        for evidence in stance.evidence {
            writer.beginObject()
            writer.key("start")
            writer.integer(evidence.span.start)
            writer.key("end")
            writer.integer(evidence.span.end)
            writer.key("text")
            writer.string(text.string(evidence.span))
            writer.key("weight")
            writer.number(evidence.weight)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

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
