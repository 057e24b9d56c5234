/// Appends JSON text to a byte buffer.
///
/// Hand-written because output is on the hot path (one object per sentence
/// or quotation) and because its bytes must be identical across runs:
/// members are written in a fixed order and numbers in a fixed format, which
/// JSONEncoder does not promise.
///
/// The bytes live in a raw buffer that copies of the writer share until one
/// of them writes (copy on write), so that each value costs one capacity and
/// uniqueness check and a few stores; appending to an `Array` piece by piece
/// cost about a hundred instructions a piece, and made writing records a
/// fifth of `score`'s time.
public struct JSONWriter {
    /// A buffer allocation, freed with its last writer; its fields never change, so
    /// reading them needs no exclusivity check.
    private final class Allocation {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit { base.deallocate() }
    }

    private var allocation: Allocation
    /// Bytes written.
    private var count = 0

    /// The JSON text written so far.
    /// - Complexity: O(*n*): the bytes are copied into a new array.
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: allocation.base, count: count))
    }

    /// Room allocated by a new writer: a typical record, so most documents never grow it.
    private static let initialCapacity = 1_024

    public init() {
        allocation = Allocation(capacity: Self.initialCapacity)
    }

    /// Items written so far in the innermost open object or array.
    private var openCount = 0
    /// Item counts of the enclosing open containers, outermost first (the innermost is `openCount`).
    private var outerCounts: [Int] = []
    /// Open objects and arrays.
    private var depth = 0
    /// True right after a member name, whose value needs no comma.
    private var afterKey = false

    public mutating func reset() {
        count = 0
        outerCounts.removeAll(keepingCapacity: true)
        openCount = 0
        depth = 0
        afterKey = false
    }

    /// Reserves room for `count` more bytes.
    public mutating func reserveCapacity(_ count: Int) {
        makeUnique()
        _ = room(for: count)
    }

    /// Makes the buffer this writer's own before a write (copies of a writer share it until then).
    /// Every public operation that writes calls this first; the private appends after it only check capacity.
    @inline(__always)
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&allocation) { reallocate(minimumCapacity: count) }
    }

    /// Room for `extra` more bytes in a buffer `makeUnique()` has made this writer's own.
    /// - Returns: where the next byte goes.
    @inline(__always)
    private mutating func room(for extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count + extra > allocation.capacity { reallocate(minimumCapacity: count + extra) }
        return allocation.base + count
    }

    /// Moves the bytes to a new allocation of at least `minimumCapacity` bytes (growing by doubling).
    private mutating func reallocate(minimumCapacity: Int) {
        let grown = Allocation(capacity: Swift.max(minimumCapacity, allocation.capacity * 2))
        grown.base.update(from: allocation.base, count: count)
        allocation = grown
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        room(for: 1).pointee = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        room(for: buffer.count).update(from: source, count: buffer.count)
        count += buffer.count
    }

    /// Appends a comma (when `comma`) and a short ASCII literal.
    @inline(__always)
    private mutating func append(comma: Bool, _ literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        let target = room(for: length + 1)
        var written = 0
        if comma {
            target.pointee = UInt8(ascii: ",")
            written = 1
        }
        (target + written).update(from: literal.utf8Start, count: length)
        count += written + length
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

    private mutating func open(_ bracket: StaticString) {
        append(comma: beforeValue(), bracket)
        if depth > 0 { outerCounts.append(openCount) }
        openCount = 0
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        append(bracket)
        depth -= 1
        openCount = depth > 0 ? outerCounts.removeLast() : 0
    }

    /// Begins an object: at the top level, as a member value or as an array element.
    public mutating func beginObject() {
        makeUnique()
        open("{")
    }

    public mutating func endObject() {
        makeUnique()
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        makeUnique()
        open("[")
    }

    public mutating func endArray() {
        makeUnique()
        close(UInt8(ascii: "]"))
    }

    /// Writes a member name; the next value written is its value.
    public mutating func key(_ name: String) {
        makeUnique()
        let comma = beforeValue()
        var name = name
        name.withUTF8 { writeString($0, comma: comma) }
        append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// Writes a string value from UTF-8 bytes (valid UTF-8, such as a slice
    /// of `SourceText.bytes`), without making a `String` of them first.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        makeUnique()
        writeString(utf8, comma: beforeValue())
    }

    /// Writes the text of bytes `range` of `text` as a string value.
    public mutating func string(_ text: SourceText, utf8 range: Range<Int>) {
        text.bytes.withUnsafeBufferPointer { string(utf8: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    public mutating func integer(_ value: Int) {
        rawValue(maximumCount: JSONCursor.decimalBound) { $0.putDecimal(Int64(value)) }
    }

    /// Writes a number rounded to `digits` decimals, so that output does not
    /// show floating-point noise and stays byte-identical across platforms.
    public mutating func number(_ value: Double, digits: Int = 4) {
        rawValue(maximumCount: JSONCursor.numberBound) { $0.putNumber(value, digits: digits) }
    }

    /// Writes one value whose JSON text `body` puts through a cursor, into at most
    /// `maximumCount` bytes (the caller's bound; nothing checks it).
    mutating func rawValue(maximumCount: Int, _ body: (inout JSONCursor) -> Void) {
        makeUnique()
        let comma = beforeValue()
        let start = room(for: maximumCount + 1)
        var cursor = JSONCursor(at: start)
        if comma { cursor.put(UInt8(ascii: ",")) }
        body(&cursor)
        count += cursor.position - start
    }

    public mutating func bool(_ value: Bool) {
        makeUnique()
        append(comma: beforeValue(), value ? "true" : "false")
    }

    public mutating func null() {
        makeUnique()
        append(comma: beforeValue(), "null")
    }

    /// Writes any JSON value, object members in their stored order.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .integer(let integer):
            rawValue(maximumCount: JSONCursor.decimalBound) { $0.putDecimal(integer) }
        case .number(let text):
            makeUnique()
            if beforeValue() { append(UInt8(ascii: ",")) }
            var text = text
            text.withUTF8 { append($0) }
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
        makeUnique()
        append(0x0A)
    }

    /// Source bytes escaped per reservation: a string's worst case is six bytes for each of its
    /// bytes, so long strings reserve room a slice at a time.
    private static let escapeSlice = 4_096

    /// Writes a comma (when `comma`) and `utf8` quoted, with quotes, backslashes and control bytes escaped.
    private mutating func writeString(_ utf8: UnsafeBufferPointer<UInt8>, comma: Bool) {
        var sliceStart = 0
        repeat {
            let sliceEnd = Swift.min(utf8.count, sliceStart + Self.escapeSlice)
            let isFirst = sliceStart == 0
            let isLast = sliceEnd == utf8.count
            let start = room(for: JSONCursor.stringBound(sliceEnd - sliceStart) + 1)
            var cursor = JSONCursor(at: start)
            if isFirst {
                if comma { cursor.put(UInt8(ascii: ",")) }
                cursor.put(UInt8(ascii: "\""))
            }
            cursor.putEscaped(UnsafeBufferPointer(rebasing: utf8[sliceStart..<sliceEnd]))
            if isLast { cursor.put(UInt8(ascii: "\"")) }
            count += cursor.position - start
            sliceStart = sliceEnd
        } while sliceStart < utf8.count
    }
}
