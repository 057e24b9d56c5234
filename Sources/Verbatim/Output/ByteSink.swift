#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered writer to a file or standard output, with write errors
/// (disk full, closed pipe) reported as thrown errors.
public final class ByteSink {
    /// An output that could not be opened or written.
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    private let descriptor: Int32
    private let path: String
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 20

    /// Opens `path` for writing (truncating it); `-` is standard output.
    /// - Throws: `WriteError`.
    public init(path: String) throws {
        self.path = path
        if path == "-" {
            descriptor = 1
        } else {
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if descriptor < 0 { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        }
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    /// Appends bytes, writing them out when the buffer is full.
    ///
    /// Bytes of a buffer's size or more (the records of a very large document)
    /// are written out directly after what is buffered, not copied into the
    /// buffer: a copy would hold them twice, and the buffer would keep their
    /// size for the rest of the run.
    /// - Throws: `WriteError`.
    /// - Complexity: O(*n*) in the number of bytes.
    public func write(_ bytes: [UInt8]) throws {
        if bytes.count >= Self.flushThreshold {
            try flush()
            try bytes.withUnsafeBytes { try writeAll($0) }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes out everything buffered.
    /// - Throws: `WriteError`.
    /// - Complexity: O(*b*) in the bytes buffered.
    public func flush() throws {
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try writeAll($0) }
    }

    /// Writes all of `raw` to the file, retrying interrupted and partial writes.
    private func writeAll(_ raw: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < raw.count {
            #if canImport(Glibc)
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            #else
                let written = Darwin.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Flushes and closes the file.
    /// - Throws: `WriteError`.
    /// - Complexity: O(*b*) in the bytes buffered.
    public func close() throws {
        try flush()
        if descriptor > 2 {
            #if canImport(Glibc)
                _ = Glibc.close(descriptor)
            #else
                _ = Darwin.close(descriptor)
            #endif
        }
    }
}
