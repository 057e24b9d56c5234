/// A document's UTF-8 bytes, read in place from the `String` that holds its text.
///
/// Not a copy: the text of a document is its largest part, and a `[UInt8]` copy beside the
/// `Document`'s string held it twice through the whole pipeline (400 MB for a 200 MB document).
/// A native Swift string keeps its UTF-8 contiguous, so the bytes are read where they lie.
/// Scan long runs of bytes inside `withUnsafeBufferPointer`; the subscript suits a few reads.
public struct SourceBytes: RandomAccessCollection, Sendable, Equatable {
    /// The text, made contiguous UTF-8 once at `init`.
    private let storage: String

    /// The number of bytes.
    public let count: Int

    /// - Parameter text: the text; a string not stored as contiguous UTF-8 (rare on Linux) is copied once.
    /// - Complexity: O(1) for a native string, else O(*n*).
    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        storage = text
        count = text.utf8.count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// The byte at `position`.
    /// - Complexity: O(1).
    @inline(__always)
    public subscript(position: Int) -> UInt8 {
        precondition(position >= 0 && position < count, "byte offset out of range")
        return withUnsafeBufferPointer { $0[position] }
    }

    /// Calls `body` with the bytes in place.
    /// - Parameter body: must not keep the pointer after it returns.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` throws.
    /// - Complexity: O(1) besides `body`.
    @inline(__always)
    public func withUnsafeBufferPointer<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        // `init` made the storage contiguous, so the fast path always applies.
        guard let result = try storage.utf8.withContiguousStorageIfAvailable(body) else {
            preconditionFailure("source text is not contiguous UTF-8")
        }
        return result
    }

    /// The text these bytes encode, sharing its storage.
    /// - Complexity: O(1).
    public var string: String { storage }

    /// - Complexity: O(*n*) in the number of bytes.
    public static func == (lhs: SourceBytes, rhs: SourceBytes) -> Bool {
        lhs.count == rhs.count && lhs.withUnsafeBufferPointer { left in rhs.withUnsafeBufferPointer { left.elementsEqual($0) } }
    }
}
