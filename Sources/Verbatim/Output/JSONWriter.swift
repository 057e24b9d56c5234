/// Appends JSON text to a byte buffer.
///
/// Hand-written because output is on the hot path (one object per sentence
/// or quotation) and because its bytes must be identical across runs:
/// members are written in a fixed order and numbers in a fixed format, which
/// JSONEncoder does not promise.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Items written so far in each open object or array, innermost last.
    private var itemCounts: [Int] = []
    /// True right after a member name, whose value needs no comma.
    private var afterKey = false

    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        itemCounts.removeAll(keepingCapacity: true)
        afterKey = false
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let count = itemCounts.last else { return }
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        itemCounts[itemCounts.count - 1] = count + 1
    }

    /// Begins an object: at the top level, as a member value or as an array element.
    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        itemCounts.append(0)
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        itemCounts.removeLast()
    }

    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        itemCounts.append(0)
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        itemCounts.removeLast()
    }

    /// Writes a member name; the next value written is its value.
    public mutating func key(_ name: String) {
        beforeValue()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func string(_ value: String) {
        beforeValue()
        writeString(value)
    }

    /// Writes a string value from UTF-8 bytes (valid UTF-8, such as a slice
    /// of `SourceText.bytes`), without making a `String` of them first.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        beforeValue()
        writeString(utf8: utf8)
    }

    /// Writes the text of bytes `range` of `text` as a string value.
    public mutating func string(_ text: SourceText, utf8 range: Range<Int>) {
        text.bytes.withUnsafeBufferPointer { string(utf8: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    public mutating func integer(_ value: Int) {
        beforeValue()
        appendDecimal(Int64(value))
    }

    /// Appends the decimal digits of `value` (what `String(value)` spells) without making a String.
    private mutating func appendDecimal(_ value: Int64) {
        // 20 digits and a sign hold any 64-bit integer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { buffer in
            var magnitude = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Writes a number rounded to `digits` decimals, so that output does not
    /// show floating-point noise and stays byte-identical across platforms.
    public mutating func number(_ value: Double, digits: Int = 4) {
        beforeValue()
        guard value.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
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
        beforeValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes any JSON value, object members in their stored order.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .integer(let integer):
            beforeValue()
            appendDecimal(integer)
        case .number(let text):
            beforeValue()
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

    private mutating func writeString(_ value: String) {
        var value = value
        value.withUTF8 { writeString(utf8: $0) }
    }

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

    /// Reserves room for `count` more bytes.
    public mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }
}
