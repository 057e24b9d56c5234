/// Converts ascending byte offsets to code point offsets by counting the
/// bytes in between, so that a pass that emits spans in document order pays
/// O(*n*) in total instead of a checkpoint scan per offset.
struct ScalarCursor {
    private(set) var utf8Offset = 0
    private(set) var scalarOffset = 0

    /// The code point offset of byte `target`; restarts from the text's
    /// checkpoint table when `target` lies behind the cursor.
    /// - Complexity: amortised O(1) per call for ascending targets.
    @inline(__always)
    mutating func scalarOffset(
        utf8 target: Int, in bytes: UnsafeBufferPointer<UInt8>, text: SourceText
    ) -> Int {
        if target < utf8Offset {
            // Restart from the checkpoint table (a caller went back).
            utf8Offset = target
            scalarOffset = text.scalarOffset(utf8: target)
            return scalarOffset
        }
        var count = scalarOffset
        var index = utf8Offset
        // Eight bytes at a time: a continuation byte is 10xxxxxx, so its top
        // bit is set and the bit below is clear.
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= target {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            let continuations = word & ~(word << 1) & highBits
            count &+= 8 &- continuations.nonzeroBitCount
            index += 8
        }
        while index < target {
            // Every byte but a continuation byte (10xxxxxx) starts a code point.
            count &+= Int(truncatingIfNeeded: (bytes[index] >> 6 != 0b10) ? 1 : 0)
            index += 1
        }
        utf8Offset = target
        scalarOffset = count
        return count
    }

    /// The span of bytes `range`, which must not start before the previous call's target
    /// for the fast path.
    @inline(__always)
    mutating func span(utf8 range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, text: SourceText) -> TextSpan {
        let start = scalarOffset(utf8: range.lowerBound, in: bytes, text: text)
        let end = scalarOffset(utf8: range.upperBound, in: bytes, text: text)
        return TextSpan(start: start, end: end, utf8Start: range.lowerBound, utf8End: range.upperBound)
    }
}
