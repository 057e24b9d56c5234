/// Appends JSON text to a byte buffer.
///
/// Hand-written because output is on the hot path (one object per sentence
/// or quotation) and because its bytes must be identical across runs:
/// members are written in a fixed order and numbers in a fixed format, which
/// JSONEncoder does not promise.
///
/// The bytes live in an array kept longer than the text written (`count`
/// marks the end), and each value is written through a `JSONCursor` into
/// room reserved for it: one capacity and uniqueness check per value instead
/// of one per piece (appending to an array piece by piece made writing
/// records an eighth of `score`'s time). `takeBytes()` hands the array over
/// without copying it.
public struct JSONWriter {
    /// The text written, then scratch room up to the array's end.
    private var storage: [UInt8]
    /// Bytes written.
    private var count = 0

    /// The JSON text written so far.
    /// - Complexity: O(*n*): the bytes are copied (see `takeBytes()`).
    public var bytes: [UInt8] {
        Array(storage[0..<count])
    }

    /// Bytes written so far.
    public var byteCount: Int { count }

    /// The JSON text written so far, without copying it; the writer is empty afterwards.
    /// - Complexity: O(1) (the scratch room after the text is dropped in place).
    public mutating func takeBytes() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &storage)
        taken.removeSubrange(count...)
        reset()
        return taken
    }

    /// Room allocated by a new writer: a typical record, so most documents never grow it.
    private static let initialCapacity = 1_024

    public init() {
        storage = []
        grow(to: Self.initialCapacity)
    }

    /// Items written so far in the innermost open object or array.
    private var openCount = 0
    /// Item counts of the enclosing open containers, outermost first (the innermost is `openCount`).
    private var outerCounts: [Int] = []
    /// Open objects and arrays.
    private var depth = 0
    /// True right after a member name, whose value needs no comma.
    private var afterKey = false

    /// Empties the writer for the next record, keeping its capacity.
    /// - Complexity: O(1) (amortised: the nesting stack is cleared in place).
    public mutating func reset() {
        count = 0
        outerCounts.removeAll(keepingCapacity: true)
        openCount = 0
        depth = 0
        afterKey = false
    }

    /// Reserves room for `count` more bytes.
    /// - Complexity: O(*n*) in the bytes written so far when the buffer must grow, else O(1).
    public mutating func reserveCapacity(_ count: Int) {
        reserve(count)
    }

    /// Makes room for `extra` more bytes after the text (growing by doubling).
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > storage.count { grow(to: Swift.max(count + extra, storage.count * 2)) }
    }

    /// Moves the text to a new array of `capacity` bytes. The room after the text is left
    /// unwritten rather than zeroed (bytes need no initialising, and nothing reads the room
    /// before writing it), so room never used costs no memory: the system maps the pages of a
    /// large allocation only when they are written.
    private mutating func grow(to capacity: Int) {
        let written = count
        storage = storage.withUnsafeBufferPointer { old in
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initializedCount in
                if written > 0 { buffer.baseAddress!.update(from: old.baseAddress!, count: written) }
                initializedCount = capacity
            }
        }
    }

    /// Writes through a cursor into room for `maximumCount` bytes (the caller's bound; nothing checks it).
    @inline(__always)
    private mutating func write(maximumCount: Int, _ body: (inout JSONCursor) -> Void) {
        reserve(maximumCount)
        let start = count
        let written = storage.withUnsafeMutableBufferPointer { buffer -> Int in
            let base = buffer.baseAddress! + start
            var cursor = JSONCursor(at: base)
            body(&cursor)
            return cursor.position - base
        }
        count += written
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

    /// Writes a comma (when `comma`) and a short ASCII literal.
    @inline(__always)
    private mutating func write(comma: Bool, _ literal: StaticString) {
        write(maximumCount: literal.utf8CodeUnitCount + 1) { out in
            if comma { out.put(UInt8(ascii: ",")) }
            out.put(literal)
        }
    }

    private mutating func open(_ bracket: StaticString) {
        write(comma: beforeValue(), bracket)
        if depth > 0 { outerCounts.append(openCount) }
        openCount = 0
        depth += 1
    }

    private mutating func close(_ bracket: StaticString) {
        write(comma: false, bracket)
        depth -= 1
        openCount = depth > 0 ? outerCounts.removeLast() : 0
    }

    /// Begins an object: at the top level, as a member value or as an array element.
    /// - Complexity: O(1) amortised.
    public mutating func beginObject() {
        open("{")
    }

    /// Ends the innermost open object.
    /// - Complexity: O(1) amortised.
    public mutating func endObject() {
        close("}")
    }

    /// Begins an array: at the top level, as a member value or as an array element.
    /// - Complexity: O(1) amortised.
    public mutating func beginArray() {
        open("[")
    }

    /// Ends the innermost open array.
    /// - Complexity: O(1) amortised.
    public mutating func endArray() {
        close("]")
    }

    /// Writes a member name; the next value written is its value.
    /// - Complexity: O(*n*) in the length of the name.
    public mutating func key(_ name: String) {
        let comma = beforeValue()
        var name = name
        name.withUTF8 { writeString($0, comma: comma) }
        write(comma: false, ":")
        afterKey = true
    }

    /// Writes a string value, escaped.
    /// - Complexity: O(*n*) in the length of the string.
    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// Writes a string value from UTF-8 bytes (valid UTF-8, such as a slice
    /// of `SourceText.bytes`), without making a `String` of them first.
    /// - Complexity: O(*n*) in the number of bytes.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        writeString(utf8, comma: beforeValue())
    }

    /// Writes the text of bytes `range` of `text` as a string value.
    /// - Complexity: O(*n*) in the length of the range.
    public mutating func string(_ text: SourceText, utf8 range: Range<Int>) {
        text.bytes.withUnsafeBufferPointer { string(utf8: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Writes an integer value.
    /// - Complexity: O(1).
    public mutating func integer(_ value: Int) {
        rawValue(maximumCount: JSONCursor.decimalBound) { $0.putDecimal(Int64(value)) }
    }

    /// Writes a number rounded to `digits` decimals, so that output does not
    /// show floating-point noise and stays byte-identical across platforms.
    /// - Complexity: O(1).
    public mutating func number(_ value: Double, digits: Int = 4) {
        rawValue(maximumCount: JSONCursor.numberBound) { $0.putNumber(value, digits: digits) }
    }

    /// Writes one value whose JSON text `body` puts through a cursor, into at most
    /// `maximumCount` bytes (the caller's bound; nothing checks it).
    mutating func rawValue(maximumCount: Int, _ body: (inout JSONCursor) -> Void) {
        let comma = beforeValue()
        write(maximumCount: maximumCount + 1) { out in
            if comma { out.put(UInt8(ascii: ",")) }
            body(&out)
        }
    }

    /// Writes `true` or `false`.
    /// - Complexity: O(1).
    public mutating func bool(_ value: Bool) {
        write(comma: beforeValue(), value ? "true" : "false")
    }

    /// Writes `null`.
    /// - Complexity: O(1).
    public mutating func null() {
        write(comma: beforeValue(), "null")
    }

    /// Writes any JSON value, object members in their stored order.
    /// - Complexity: O(*n*) in the size of the value's JSON text.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .integer(let integer):
            rawValue(maximumCount: JSONCursor.decimalBound) { $0.putDecimal(integer) }
        case .number(let text):
            var text = text
            text.withUTF8 { digits in rawValue(maximumCount: digits.count) { $0.put(digits) } }
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

    /// Ends a JSON Lines record.
    /// - Complexity: O(1).
    public mutating func newline() {
        write(comma: false, "\n")
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
            write(maximumCount: JSONCursor.stringBound(sliceEnd - sliceStart) + 1) { out in
                if isFirst {
                    if comma { out.put(UInt8(ascii: ",")) }
                    out.put(UInt8(ascii: "\""))
                }
                out.putEscaped(UnsafeBufferPointer(rebasing: utf8[sliceStart..<sliceEnd]))
                if isLast { out.put(UInt8(ascii: "\"")) }
            }
            sliceStart = sliceEnd
        } while sliceStart < utf8.count
    }
}
