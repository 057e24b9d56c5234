/// Byte-level whitespace helpers shared by the segmenting rules.
enum Whitespace {
    /// ASCII whitespace, plus the two bytes that start U+00A0 (no-break space)
    /// are handled by `isSpace(at:)`.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x0B
    }

    /// Length in bytes of the whitespace code point at `index`, or 0.
    /// Covers ASCII spaces, U+00A0 and U+2000–U+200B, U+202F, U+3000.
    @inline(__always)
    static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if isASCIISpace(byte) { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            let last = bytes[index + 2]
            if last <= 0x8B || last == 0xAF { return 3 }
        }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// `range` without leading and trailing whitespace.
    static func trim(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let length = spaceLength(bytes, at: start)
            if length == 0 { break }
            start += length
        }
        while end > start {
            // Step back to the start of the last code point.
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            if spaceLength(bytes, at: lead) == 0 { break }
            end = lead
        }
        return start..<end
    }
}
