/// A JSON parser over UTF-8 bytes that keeps object members in source order.
///
/// Hand-written because it is on the hot path of JSON Lines input (every
/// document passes through it) and because Foundation's parser loses member
/// order, which the output must keep to stay deterministic.
public struct JSONParser {
    /// A syntax error, with the 1-based column (in bytes) where it was found.
    public struct SyntaxError: Error, CustomStringConvertible {
        public let column: Int
        public let message: String
        public var description: String { "\(message) at column \(column)" }
    }

    /// Nesting deeper than this is refused, so that hostile input cannot
    /// exhaust the stack.
    private static let maximumDepth = 512

    /// Parses one complete JSON value.
    /// - Complexity: O(*n*) in the number of bytes.
    /// - Throws: `SyntaxError`.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try parseCountingRepairs(bytes).value
    }

    /// Parses one complete JSON value, replacing invalid UTF-8 inside strings
    /// with U+FFFD.
    /// - Returns: the value and the number of invalid sequences replaced.
    /// - Complexity: O(*n*) in the number of bytes.
    /// - Throws: `SyntaxError`.
    public static func parseCountingRepairs(_ bytes: [UInt8]) throws -> (value: JSONValue, repairs: Int) {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = Cursor(bytes: buffer)
            parser.skipSpace()
            let value = try parser.value(depth: 0)
            parser.skipSpace()
            if parser.index < buffer.count { throw parser.error("unexpected data after the value") }
            return (value, parser.repairs)
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// Invalid UTF-8 sequences replaced so far.
        var repairs = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func error(_ message: String) -> SyntaxError {
            SyntaxError(column: index + 1, message: message)
        }

        mutating func skipSpace() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
                index += 1
            }
        }

        mutating func value(depth: Int) throws -> JSONValue {
            guard depth < JSONParser.maximumDepth else { throw error("nesting too deep") }
            guard index < bytes.count else { throw error("unexpected end of line") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw error("unexpected character")
            }
        }

        mutating func literal(_ word: StaticString) throws {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { throw error("unexpected end of line") }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
                throw error("invalid literal")
            }
            index += count
        }

        mutating func object(depth: Int) throws -> JSONValue {
            index += 1
            var members: [(key: String, value: JSONValue)] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name") }
                let key = try string()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
                index += 1
                skipSpace()
                let value = try value(depth: depth + 1)
                if let existing = members.firstIndex(where: { $0.key == key }) {
                    members[existing].value = value
                } else {
                    members.append((key, value))
                }
                skipSpace()
                guard index < bytes.count else { throw error("unexpected end of line in an object") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return .object(members)
                }
                throw error("expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws -> JSONValue {
            index += 1
            var elements: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            while true {
                skipSpace()
                elements.append(try value(depth: depth + 1))
                skipSpace()
                guard index < bytes.count else { throw error("unexpected end of line in an array") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return .array(elements)
                }
                throw error("expected ',' or ']'")
            }
        }

        mutating func number() throws -> JSONValue {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            var isInteger = true
            var sawDigit = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    sawDigit = true
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                {
                    isInteger = false
                } else {
                    break
                }
                index += 1
            }
            guard sawDigit else { throw error("invalid number") }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            if isInteger, let integer = Int64(text) { return .integer(integer) }
            guard Double(text) != nil else { throw error("invalid number") }
            return .number(text)
        }

        mutating func string() throws -> String {
            index += 1
            let start = index
            // Fast path: no escapes. Skips eight bytes at a time while none of
            // them is a quote, a backslash or a control character; document
            // texts are long, so this loop dominates JSON Lines reading.
            skipPlainWords()
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let result = decode(start..<index)
                    index += 1
                    return result
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw error("control character in a string") }
                index += 1
            }
            var scratch = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                // Between escapes, copy each run of plain bytes with one append: texts
                // escape every line break, so runs are long and escapes many.
                let runStart = index
                skipPlainWords()
                while index < bytes.count, Self.isPlainStringByte(bytes[index]) { index += 1 }
                if index > runStart { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return scratch.withUnsafeBufferPointer { decode($0) }
                }
                if byte < 0x20 { throw error("control character in a string") }
                // A backslash: the escape follows.
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var scalarValue = try hex4()
                    if (0xD800..<0xDC00).contains(scalarValue) {
                        // A high surrogate must be followed by \u and a low one.
                        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                            index += 2
                            let low = try hex4()
                            if (0xDC00..<0xE000).contains(low) {
                                scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                scalarValue = 0xFFFD
                            }
                        } else {
                            scalarValue = 0xFFFD
                        }
                    } else if (0xDC00..<0xE000).contains(scalarValue) {
                        scalarValue = 0xFFFD
                    }
                    let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
                    scratch.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    throw error("invalid escape")
                }
            }
            throw error("unterminated string")
        }

        /// True for a byte that stands for itself inside a string: not a quote, a backslash or a control byte.
        @inline(__always)
        static func isPlainStringByte(_ byte: UInt8) -> Bool {
            byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }

        /// Advances `index` past whole 8-byte words that hold no quote,
        /// backslash or control byte (a SWAR test: no per-byte branch).
        mutating func skipPlainWords() {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
            while index + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                // A byte is zero (or below 0x20) when subtracting borrows into its high bit.
                let special =
                    ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
                if special & highBits != 0 { return }
                index += 8
            }
        }

        /// The string of `range`, repairing invalid UTF-8 (and counting the repairs).
        mutating func decode(_ range: Range<Int>) -> String {
            decode(UnsafeBufferPointer(rebasing: bytes[range]))
        }

        mutating func decode(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
            if let valid = String(validating: buffer, as: UTF8.self) { return valid }
            let repaired = TextDecoding.decode(Array(buffer))
            repairs += repaired.repairs
            return repaired.text
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw error("invalid \\u escape")
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }
    }
}
