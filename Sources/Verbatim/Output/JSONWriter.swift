/// Appends JSON text to a byte buffer.
///
/// Hand-written because output is on the hot path (one object per sentence
/// or quotation) and because its bytes must be identical across runs:
/// members are written in a fixed order and numbers in a fixed format, which
/// JSONEncoder does not promise.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Items written so far in the innermost open object or array.
    private var openCount = 0
    /// Item counts of the enclosing open containers, outermost first (the innermost is `openCount`).
    private var outerCounts: [Int] = []
    /// Open objects and arrays.
    private var depth = 0
    /// True right after a member name, whose value needs no comma.
    private var afterKey = false

    /// Longest piece (a comma, a short string or member name with its quotes, a number) built on
    /// the stack and appended in one copy: each append to the array checks its capacity and
    /// uniqueness, which costs more than the copy for pieces this short.
    private static let pieceCapacity = 64

    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        outerCounts.removeAll(keepingCapacity: true)
        openCount = 0
        depth = 0
        afterKey = false
    }

    /// Counts the value about to be written; true when a comma must precede it.
    @inline(__always)
    private mutating func beforeValue() -> Bool {
        if afterKey {
            afterKey = false
            return false
        }
        guard depth > 0 else { return false }
        openCount += 1
        return openCount > 1
    }

    /// Appends a comma (when `comma`) and the bytes `body` writes, built on the stack: `body` gets
    /// room for `pieceCapacity - 1` bytes and returns how many it wrote.
    @inline(__always)
    private mutating func appendPiece(comma: Bool, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.pieceCapacity) { piece in
            let base = piece.baseAddress!
            var count = 0
            if comma {
                base[0] = UInt8(ascii: ",")
                count = 1
            }
            count += body(base + count)
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// Appends a comma (when `comma`) and a short ASCII literal.
    private mutating func appendLiteral(comma: Bool, _ literal: StaticString) {
        appendPiece(comma: comma) { piece in
            piece.update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
            return literal.utf8CodeUnitCount
        }
    }

    private mutating func open(_ bracket: UInt8) {
        let comma = beforeValue()
        appendPiece(comma: comma) { piece in
            piece[0] = bracket
            return 1
        }
        if depth > 0 { outerCounts.append(openCount) }
        openCount = 0
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        depth -= 1
        openCount = depth > 0 ? outerCounts.removeLast() : 0
    }

    /// Begins an object: at the top level, as a member value or as an array element.
    public mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Writes a member name; the next value written is its value.
    public mutating func key(_ name: String) {
        let comma = beforeValue()
        var name = name
        name.withUTF8 { utf8 in
            if !writeShortString(utf8, comma: comma, colon: true) {
                if comma { bytes.append(UInt8(ascii: ",")) }
                writeString(utf8: utf8)
                bytes.append(UInt8(ascii: ":"))
            }
        }
        afterKey = true
    }

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// Writes a string value from UTF-8 bytes (valid UTF-8, such as a slice
    /// of `SourceText.bytes`), without making a `String` of them first.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        let comma = beforeValue()
        if !writeShortString(utf8, comma: comma, colon: false) {
            if comma { bytes.append(UInt8(ascii: ",")) }
            writeString(utf8: utf8)
        }
    }

    /// Writes the text of bytes `range` of `text` as a string value.
    public mutating func string(_ text: SourceText, utf8 range: Range<Int>) {
        text.bytes.withUnsafeBufferPointer { string(utf8: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Writes `utf8` quoted (and a colon after it when `colon`) in one piece, when it is short and
    /// has no byte to escape.
    /// - Returns: false, having written nothing, otherwise.
    private mutating func writeShortString(_ utf8: UnsafeBufferPointer<UInt8>, comma: Bool, colon: Bool) -> Bool {
        // A comma, two quotes and a colon around the text.
        guard utf8.count <= Self.pieceCapacity - 4, !Self.holdsByteToEscape(utf8) else { return false }
        appendPiece(comma: comma) { piece in
            piece[0] = UInt8(ascii: "\"")
            if let source = utf8.baseAddress { (piece + 1).update(from: source, count: utf8.count) }
            piece[utf8.count + 1] = UInt8(ascii: "\"")
            if colon { piece[utf8.count + 2] = UInt8(ascii: ":") }
            return utf8.count + (colon ? 3 : 2)
        }
        return true
    }

    public mutating func integer(_ value: Int) {
        let comma = beforeValue()
        appendDecimal(Int64(value), comma: comma)
    }

    /// Appends the decimal digits of `value` (what `String(value)` spells) without making a String.
    private mutating func appendDecimal(_ value: Int64, comma: Bool) {
        appendPiece(comma: comma) { piece in
            // 20 digits and a sign hold any 64-bit integer: count them first, then fill from the end.
            var magnitude = value.magnitude
            var digits = 1
            while magnitude >= 10 {
                magnitude /= 10
                digits += 1
            }
            let length = digits + (value < 0 ? 1 : 0)
            if value < 0 { piece[0] = UInt8(ascii: "-") }
            magnitude = value.magnitude
            var position = length
            repeat {
                position -= 1
                piece[position] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            return length
        }
    }

    /// Writes a number rounded to `digits` decimals, so that output does not
    /// show floating-point noise and stays byte-identical across platforms.
    public mutating func number(_ value: Double, digits: Int = 4) {
        let comma = beforeValue()
        guard value.isFinite else {
            appendLiteral(comma: comma, "null")
            return
        }
        if comma { bytes.append(UInt8(ascii: ",")) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            bytes.append(contentsOf: String(Int64(rounded)).utf8)
        } else {
            bytes.append(contentsOf: "\(rounded == 0 ? 0 : rounded)".utf8)
        }
    }

    public mutating func bool(_ value: Bool) {
        appendLiteral(comma: beforeValue(), value ? "true" : "false")
    }

    public mutating func null() {
        appendLiteral(comma: beforeValue(), "null")
    }

    /// Writes any JSON value, object members in their stored order.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .integer(let integer):
            appendDecimal(integer, comma: beforeValue())
        case .number(let text):
            if beforeValue() { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: text.utf8)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for member in members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    public mutating func newline() {
        bytes.append(0x0A)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var next = 0
        let base = UnsafeRawPointer(utf8.baseAddress)
        while next < utf8.count {
            // Whole 8-byte words without a byte to escape are skipped at once.
            if let base, next + 8 <= utf8.count,
                !Self.holdsByteToEscape(base.loadUnaligned(fromByteOffset: next, as: UInt64.self))
            {
                next += 8
                continue
            }
            let index = next
            let byte = utf8[index]
            next += 1
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            default:
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// True when one of the eight bytes of `word` is a quote, a backslash or a
    /// control byte (SWAR: a byte is zero, or below 0x20, when subtracting
    /// borrows into its high bit; exact for "some byte", which is all this asks).
    @inline(__always)
    private static func holdsByteToEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        return special & highBits != 0
    }

    /// True when some byte of `utf8` must be escaped.
    private static func holdsByteToEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(utf8.baseAddress) {
            while index + 8 <= utf8.count {
                if holdsByteToEscape(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            index += 1
        }
        return false
    }

    /// Reserves room for `count` more bytes.
    public mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }
}
