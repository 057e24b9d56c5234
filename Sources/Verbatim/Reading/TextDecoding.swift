/// Turns raw bytes into text: detects binary data and repairs invalid UTF-8.
enum TextDecoding {
    /// Bytes inspected to decide whether a file is binary.
    static let binaryProbeLength = 8192
    /// Share of control bytes (other than tab, CR, LF, FF) above which a file
    /// is taken for binary; text in any script stays far below it.
    static let binaryControlShare = 0.1

    /// True when `bytes` look like binary data: a NUL byte or many control
    /// bytes in the first few kilobytes.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let probe = bytes.prefix(binaryProbeLength)
        guard !probe.isEmpty else { return false }
        var controls = 0
        for byte in probe {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return Double(controls) / Double(probe.count) > binaryControlShare
    }

    /// Decodes UTF-8, replacing each invalid sequence with U+FFFD.
    /// - Returns: the text and the number of replacements made.
    /// - Complexity: O(*n*); valid input (the usual case) is checked once and copied once.
    static func decode(_ bytes: [UInt8]) -> (text: String, repairs: Int) {
        var bytes = bytes
        // Skip a byte order mark: it is not part of the text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, 0) }
        var repairs = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error:
                repairs += 1
                scalars.append("\u{FFFD}")
            }
        }
        return (String(scalars), repairs)
    }
}
