import CZlib

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A source of bytes read in chunks: a file, standard input, or a gzip file
/// decompressed on the fly. Memory stays at one chunk whatever the size.
protocol ByteStream: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 at the end.
    /// - Throws: `ReadError` when the source cannot be read.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// Raw bytes consumed from the underlying file so far (compressed bytes for gzip).
    var consumed: Int { get }
    func close()
}

/// A failure to read a source, with the system's reason.
public struct ReadError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Reads a file descriptor with `read(2)`.
final class FileByteStream: ByteStream {
    private let descriptor: Int32
    private let path: String
    private let ownsDescriptor: Bool
    private(set) var consumed = 0

    /// Opens `path` for reading; `-` is standard input.
    init(path: String) throws {
        self.path = path
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
        } else {
            descriptor = open(path, O_RDONLY)
            ownsDescriptor = true
            if descriptor < 0 { throw ReadError(path: path, reason: String(cString: strerror(errno))) }
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            #if canImport(Glibc)
                let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
                let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 {
                consumed += count
                return count
            }
            if errno == EINTR { continue }
            throw ReadError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    func close() {
        if ownsDescriptor { _ = closeDescriptor(descriptor) }
    }
}

@inline(__always)
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
        return Glibc.close(descriptor)
    #else
        return Darwin.close(descriptor)
    #endif
}

/// Reads a gzip file through zlib's streaming `gzread`.
final class GzipByteStream: ByteStream {
    private let file: gzFile
    private let path: String

    init(path: String) throws {
        self.path = path
        guard let file = gzopen(path, "rb") else {
            throw ReadError(path: path, reason: String(cString: strerror(errno)))
        }
        self.file = file
        // A larger zlib buffer halves the number of reads on big files.
        gzbuffer(file, 1 << 17)
    }

    var consumed: Int { Int(gzoffset(file)) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = gzread(file, buffer.baseAddress, UInt32(min(buffer.count, Int(Int32.max))))
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "unknown zlib error"
            throw ReadError(path: path, reason: "gzip: \(message)")
        }
        return Int(count)
    }

    func close() {
        gzclose(file)
    }
}
