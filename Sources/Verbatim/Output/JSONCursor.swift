/// Writes JSON text through a raw pointer into room reserved beforehand
/// (`JSONWriter.rawValue(maximumCount:_:)`), with no capacity or uniqueness
/// check per piece: a quotation record is about thirty pieces, and checks per
/// piece cost more than the bytes.
///
/// The caller reserves at least what it writes; each operation documents its
/// most bytes (`stringBound`, `decimalBound`, `numberBound`).
struct JSONCursor {
    /// Where the next byte goes.
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(at position: UnsafeMutablePointer<UInt8>) {
        self.position = position
    }

    /// Most bytes of `putString` for `count` bytes of text: two quotes, and six bytes for each
    /// byte at worst (`\u00XX`).
    static func stringBound(_ count: Int) -> Int { 2 + 6 * count }
    /// Most bytes of `putDecimal`: a sign and 20 digits.
    static let decimalBound = 21
    /// Most bytes of `putNumber`: a sign and the 17 significant digits, decimal point and
    /// exponent of the shortest round-trip form of a `Double`.
    static let numberBound = 32

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    /// Puts a literal (a member name with its quotes and colon, punctuation, `null`).
    @inline(__always)
    mutating func put(_ literal: StaticString) {
        let count = literal.utf8CodeUnitCount
        position.update(from: literal.utf8Start, count: count)
        position += count
    }

    /// Puts bytes that are already JSON text.
    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        position.update(from: source, count: bytes.count)
        position += bytes.count
    }

    /// Puts `utf8` as a JSON string: quoted, with quotes, backslashes and control bytes escaped.
    mutating func putString(_ utf8: UnsafeBufferPointer<UInt8>) {
        put(UInt8(ascii: "\""))
        putEscaped(utf8)
        put(UInt8(ascii: "\""))
    }

    /// Puts a `String` as a JSON string.
    mutating func putString(_ string: String) {
        var string = string
        string.withUTF8 { putString($0) }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// Puts `utf8` escaped, without quotes; at most six bytes for each byte.
    mutating func putEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var next = 0
        let base = UnsafeRawPointer(utf8.baseAddress)
        while next < utf8.count {
            // Whole 8-byte words without a byte to escape are skipped at once.
            if let base, next + 8 <= utf8.count {
                let mask = Self.escapeMask(base.loadUnaligned(fromByteOffset: next, as: UInt64.self))
                if mask == 0 {
                    next += 8
                    continue
                }
                // Straight to the first byte to escape.
                next += mask.trailingZeroBitCount / 8
            }
            let index = next
            let byte = utf8[index]
            next += 1
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            put(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            switch byte {
            case 0x22: put("\\\"")
            case 0x5C: put("\\\\")
            case 0x0A: put("\\n")
            case 0x0D: put("\\r")
            case 0x09: put("\\t")
            default:
                put("\\u00")
                put(Self.hexDigits.utf8Start[Int(byte >> 4)])
                put(Self.hexDigits.utf8Start[Int(byte & 0x0F)])
            }
        }
        put(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    /// Flags the bytes of `word` (first byte lowest) that are a quote, a backslash or a control
    /// byte: SWAR, a byte is zero (or below 0x20) when subtracting borrows into its high bit.
    /// Borrows run only upwards, so flags above the lowest may be false alarms, but zero means
    /// none and the lowest flag is the first such byte, exactly.
    @inline(__always)
    private static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        return special & highBits
    }

    /// Puts `{"start":S,"end":E`, a span's code point offsets, opening the span's object: the
    /// caller adds any other members and closes it.
    /// - Complexity: O(1).
    mutating func putSpanOffsets(_ span: TextSpan) {
        put(#"{"start":"#)
        putDecimal(Int64(span.start))
        put(#","end":"#)
        putDecimal(Int64(span.end))
    }

    /// Puts the decimal digits of `value` (what `String(value)` spells).
    mutating func putDecimal(_ value: Int64) {
        if value < 0 { put(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        // Count the digits by comparison (cheaper than dividing twice), then write them from the last.
        var digits = 1
        var limit: UInt64 = 10
        while digits < Self.maximumDigits, magnitude >= limit {
            digits += 1
            limit &*= 10
        }
        var remaining = magnitude
        var index = digits
        repeat {
            index -= 1
            position[index] = 0x30 &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        } while remaining != 0
        position += digits
    }

    /// Digits of the largest 64-bit magnitude (2^63).
    private static let maximumDigits = 19

    /// Puts `value` rounded to `digits` decimals (`null` when it is not finite): an
    /// integer when the rounded value is whole, else Swift's shortest round-trip form,
    /// so that output shows no floating-point noise and stays byte-identical across platforms.
    mutating func putNumber(_ value: Double, digits: Int) {
        guard value.isFinite else {
            put("null")
            return
        }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded()
        let rounded = scaled / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            putDecimal(Int64(rounded))
        } else if digits <= Self.fixedPointDigits, abs(rounded) < Self.fixedPointLimit {
            putFixedPoint(Int64(scaled), digits: digits)
        } else {
            var text = "\(rounded == 0 ? 0 : rounded)"
            text.withUTF8 { put($0) }
        }
    }

    /// Most decimals written by `putFixedPoint` rather than by `Double`'s description (a test checks
    /// that both spell such numbers alike).
    static let fixedPointDigits = 4
    /// Largest magnitude written by `putFixedPoint`: below it a `Double`'s spacing is far finer than
    /// 10^-4, so a decimal with at most four decimals is the only short one that rounds to it.
    static let fixedPointLimit = 1e9

    /// Puts `scaled / 10^digits` as `Double`'s description spells it when that value is not whole
    /// (and below `fixedPointLimit`): the integer part, a point, and the decimals without trailing
    /// zeros. The nearest `Double` to that decimal is the quotient itself, and every other decimal
    /// as short is at least 10^-digits away, so the shortest round-trip form is this one.
    private mutating func putFixedPoint(_ scaled: Int64, digits: Int) {
        var divisor: Int64 = 1
        for _ in 0..<digits { divisor *= 10 }
        if scaled < 0 { put(UInt8(ascii: "-")) }
        let magnitude = scaled.magnitude
        putDecimal(Int64(magnitude / UInt64(divisor)))
        put(UInt8(ascii: "."))
        var fraction = magnitude % UInt64(divisor)
        var width = digits
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        var index = width
        repeat {
            index -= 1
            position[index] = 0x30 &+ UInt8(truncatingIfNeeded: fraction % 10)
            fraction /= 10
        } while index > 0
        position += width
    }
}
