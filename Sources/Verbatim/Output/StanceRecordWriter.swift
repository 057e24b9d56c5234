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
        writeNumber(stance.score, to: &writer)
        writer.key("label")
        writer.string(stance.label.rawValue)
        writer.key("targets")
        writer.beginArray()
        for target in stance.targets {
            writer.beginObject()
            writer.key("name")
            writer.string(target.name)
            writer.key("score")
            writeNumber(target.score, to: &writer)
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
            writeNumber(evidence.weight, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// Scores and weights as `JSONWriter.number` writes them (four decimals, whole numbers without
    /// a point), formatted here without building a `String` through `Double`'s description: a
    /// stance has a dozen numbers, and their formatting was a tenth of the stance output's cost.
    private func writeNumber(_ value: Double, to writer: inout JSONWriter) {
        let scaled = (value * Self.decimalScale).rounded()
        guard value.isFinite, abs(scaled) < Self.fastFormatLimit else {
            writer.number(value)
            return
        }
        var units = Int64(scaled)
        if units == 0 {
            writer.value(.integer(0))
            return
        }
        let isNegative = units < 0
        if isNegative { units = -units }
        var fraction = units % Int64(Self.decimalScale)
        var whole = units / Int64(Self.decimalScale)
        var fractionDigits = Self.decimals
        while fractionDigits > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        // Written backwards into a stack buffer; the result, 15 bytes or fewer, is a small string
        // (no allocation).
        let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumLength) { buffer -> String in
            var position = Self.maximumLength
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            if fractionDigits > 0 {
                for _ in 0..<fractionDigits {
                    put(UInt8(ascii: "0") + UInt8(fraction % 10))
                    fraction /= 10
                }
                put(UInt8(ascii: "."))
            }
            repeat {
                put(UInt8(ascii: "0") + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if isNegative { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<Self.maximumLength]), as: UTF8.self)
        }
        writer.value(.number(text))
    }

    /// Sign, 15 whole digits at most (`fastFormatLimit`), point and four decimals.
    private static let maximumLength = 24
    /// `JSONWriter.number`'s default: four decimals.
    private static let decimals = 4
    private static let decimalScale = 10_000.0
    /// Below this many ten-thousandths, `Double`'s description is plain decimal notation, which
    /// the fast path reproduces; larger values (never a stance score) take `JSONWriter.number`.
    private static let fastFormatLimit = 1e15

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
