/// A document's text as UTF-8 bytes, with fast conversion between byte
/// offsets (what the stages scan) and code point offsets (what the output
/// shows).
///
/// Stages scan bytes rather than `Character`s: iterating Characters runs at
/// about 35 MB/s on this project's machines, against several hundred MB/s for bytes.
public struct SourceText: Sendable {
    /// The text's UTF-8 encoding, read in place from the string (not a copy).
    public let bytes: SourceBytes
    /// `scalarsBefore[i]` is the number of code points that start before byte
    /// `i * checkpointStride` (32 bits: texts are capped at 2 GiB by
    /// `TextSpan.maximumTextLength`, and the table is half the size of an `[Int]`).
    private let scalarsBefore: [UInt32]

    /// Bytes between two checkpoints: small enough that a conversion scans
    /// little (output converts a few offsets per quotation), large enough that
    /// the table costs a sixteenth of the text.
    private static let checkpointStride = 64

    /// Shares the string's storage: the text is not copied.
    /// - Complexity: O(*n*) in the length of the text (the code point table).
    public init(_ text: String) {
        bytes = SourceBytes(text)
        let stride = Self.checkpointStride
        var table = [UInt32]()
        table.reserveCapacity(bytes.count / stride + 2)
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            let fullBlocks = buffer.count / stride
            if let base = UnsafeRawPointer(buffer.baseAddress) {
                for block in 0..<fullBlocks {
                    table.append(UInt32(truncatingIfNeeded: count))
                    count += Self.leadingByteCount(base + block * stride, words: stride / 8)
                }
            }
            if buffer.count % stride != 0 { table.append(UInt32(truncatingIfNeeded: count)) }
            for index in (fullBlocks * stride)..<buffer.count where buffer[index] & 0xC0 != 0x80 { count += 1 }
        }
        if bytes.count % stride == 0 { table.append(UInt32(truncatingIfNeeded: count)) }
        self.scalarsBefore = table
        self.scalarCount = count
    }

    /// - Parameter bytes: valid UTF-8 (invalid sequences would be replaced with U+FFFD).
    /// - Complexity: O(*n*) in the number of bytes.
    public init(bytes: [UInt8]) {
        self.init(String(decoding: bytes, as: UTF8.self))
    }

    /// The text, sharing the storage of the string it was made from.
    /// - Complexity: O(1).
    public var string: String { bytes.string }

    /// The number of bytes in `words` 8-byte words at `pointer` that start a
    /// code point (are not `10xxxxxx` continuation bytes), eight at a time.
    @inline(__always)
    private static func leadingByteCount(_ pointer: UnsafeRawPointer, words: Int) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var continuations = 0
        for word in 0..<words {
            let value = pointer.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear.
            continuations += (value & ~(value << 1) & highBits).nonzeroBitCount
        }
        return words * 8 - continuations
    }

    /// Code points in the text.
    public let scalarCount: Int

    /// The number of code points that start before byte `utf8Offset`: the
    /// code point offset of the code point that starts there. (For a byte
    /// inside a multi-byte code point it is the offset of the next one, not
    /// of the one that contains the byte.)
    /// - Complexity: O(1): at most one checkpoint stride of bytes is scanned.
    public func scalarOffset(utf8 utf8Offset: Int) -> Int {
        precondition(utf8Offset >= 0 && utf8Offset <= bytes.count, "byte offset out of range")
        let stride = Self.checkpointStride
        let block = utf8Offset / stride
        var count = Int(scalarsBefore[block])
        // Unchecked reads: the precondition above bounds every index.
        bytes.withUnsafeBufferPointer { buffer in
            var index = block * stride
            let words = (utf8Offset - index) / 8
            guard let base = UnsafeRawPointer(buffer.baseAddress) else { return }
            if words > 0 {
                count += Self.leadingByteCount(base + index, words: words)
                index += words * 8
            }
            // The last few bytes as one word masked to them, when a whole word can be read.
            let rest = utf8Offset - index
            if rest > 0, index + 8 <= buffer.count {
                let value = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080 & ((1 << UInt64(rest * 8)) - 1)
                count += rest - (value & ~(value << 1) & highBits).nonzeroBitCount
                index = utf8Offset
            }
            while index < utf8Offset {
                if buffer[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
        }
        return count
    }

    /// The byte offset at which code point number `scalarOffset` starts.
    /// - Complexity: O(log *n*) for the checkpoint search, plus one stride of bytes.
    public func utf8Offset(scalar scalarOffset: Int) -> Int {
        precondition(scalarOffset >= 0 && scalarOffset <= scalarCount, "code point offset out of range")
        if scalarOffset == scalarCount { return bytes.count }
        var low = 0
        var high = scalarsBefore.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(scalarsBefore[middle]) <= scalarOffset { low = middle } else { high = middle - 1 }
        }
        var index = low * Self.checkpointStride
        var count = Int(scalarsBefore[low])
        return bytes.withUnsafeBufferPointer { buffer in
            while true {
                if buffer[index] & 0xC0 != 0x80 {
                    if count == scalarOffset { return index }
                    count += 1
                }
                index += 1
            }
        }
    }

    /// The span covering bytes `utf8Start..<utf8End`.
    /// - Complexity: O(1): two offset conversions of at most one checkpoint stride each.
    public func span(utf8Start: Int, utf8End: Int) -> TextSpan {
        let start = scalarOffset(utf8: utf8Start)
        let end = utf8End == utf8Start ? start : scalarOffset(utf8: utf8End)
        return TextSpan(start: start, end: end, utf8Start: utf8Start, utf8End: utf8End)
    }

    /// The span covering bytes `range`.
    /// - Complexity: O(1), as `span(utf8Start:utf8End:)`.
    public func span(utf8 range: Range<Int>) -> TextSpan {
        span(utf8Start: range.lowerBound, utf8End: range.upperBound)
    }

    /// The span covering code points `start..<end`.
    /// - Complexity: O(log *n*) in the length of the text, as `utf8Offset(scalar:)`.
    public func span(start: Int, end: Int) -> TextSpan {
        TextSpan(start: start, end: end, utf8Start: utf8Offset(scalar: start), utf8End: utf8Offset(scalar: end))
    }

    /// The text of `span`.
    /// - Complexity: O(*m*) in the span's length in bytes (the string is copied).
    public func string(_ span: TextSpan) -> String {
        string(utf8: span.utf8Range)
    }

    /// The text of bytes `range`.
    /// - Complexity: O(*m*) in the range's length (the string is copied).
    public func string(utf8 range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}

