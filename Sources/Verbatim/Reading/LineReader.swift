#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
                    // memchr scans with vector instructions: lines of JSON Lines input are long.
                    guard let base = pointer.baseAddress, let found = memchr(base + start, 0x0A, end - start) else {
                        return nil
                    }
                    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
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

    /// Everything in `stream`, read straight into one array sized from
    /// `sizeHint` (the file's size): no chunk buffer to clear, and no copy or
    /// regrowth when the hint is right.
    /// - Throws: `ReadError` when the stream fails.
    /// - Complexity: O(*n*) in the number of bytes.
    static func readWhole(_ stream: ByteStream, sizeHint: Int) throws -> [UInt8] {
        // One byte more than the hint, so that reaching the end needs no extra read into a full array.
        let capacity = max(sizeHint, 0) + 1
        var failure: Error?
        var result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                do {
                    let count = try stream.read(into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[initialized...])))
                    if count == 0 { return }
                    initialized += count
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
        guard result.count == capacity else { return result }
        // The file grew since its size was taken: read the rest in chunks.
        let reader = LineReader(stream: stream)
        result.append(contentsOf: try reader.readAll())
        return result
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
