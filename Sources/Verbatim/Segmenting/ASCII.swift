/// Byte classes of ASCII letters and digits, for rules that scan UTF-8.
///
/// Every test is a subtraction and one comparison; bytes of multi-byte
/// UTF-8 sequences (0x80 and up) belong to none of the classes.
enum ASCII {
    @inline(__always)
    static func isUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    @inline(__always)
    static func isLowercase(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte | 0x20 : byte }

    static let period: UInt8 = 0x2E
    static let questionMark: UInt8 = 0x3F
    static let exclamationMark: UInt8 = 0x21
    static let space: UInt8 = 0x20
    static let leftParenthesis: UInt8 = 0x28
    static let rightParenthesis: UInt8 = 0x29
    static let leftBracket: UInt8 = 0x5B
    static let rightBracket: UInt8 = 0x5D
    static let apostrophe: UInt8 = 0x27
    static let quotationMark: UInt8 = 0x22
    static let hyphen: UInt8 = 0x2D
}
