/// Splits a byte stream into lines (without their `\n` or `\r\n`).
///
/// A line is handed out as a byte array; a very long line (a 200 MB JSON
/// document) grows one array, and nothing else is kept.
final class LineReader {
    private let stream: ByteStream
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var finished = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    private static let chunkSize = 1 << 20

    init(stream: ByteStream) {
        self.stream = stream
        buffer = [UInt8](repeating: 0, count: Self.chunkSize)
    }

    /// The next line, or nil at the end of the stream.
    /// - Throws: `ReadError` when the stream fails.
    func nextLine() throws -> [UInt8]? {
        var pending: [UInt8] = []
        while true {
            if start < end {
                let newline = buffer.withUnsafeBufferPointer { pointer -> Int? in
                    var index = start
                    while index < end {
                        if pointer[index] == 0x0A { return index }
                        index += 1
                    }
                    return nil
                }
                if let newline {
                    pending.append(contentsOf: buffer[start..<newline])
                    start = newline + 1
                    lineNumber += 1
                    if pending.last == 0x0D { pending.removeLast() }
                    return pending
                }
                pending.append(contentsOf: buffer[start..<end])
                start = end
            }
            if finished {
                if pending.isEmpty { return nil }
                lineNumber += 1
                if pending.last == 0x0D { pending.removeLast() }
                return pending
            }
            let count = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
            start = 0
            end = count
            if count == 0 { finished = true }
        }
    }

    /// Everything left in the stream.
    func readAll() throws -> [UInt8] {
        var result: [UInt8] = Array(buffer[start..<end])
        start = end
        while !finished {
            let count = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
            if count == 0 { finished = true } else { result.append(contentsOf: buffer[0..<count]) }
        }
        return result
    }
}
