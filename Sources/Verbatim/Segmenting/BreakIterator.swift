import CICU
import Synchronization

/// An error from ICU.
public struct ICUError: Error, CustomStringConvertible {
    public let code: Int32
    public let operation: String
    public var description: String {
        "ICU \(operation) failed: \(String(cString: vb_error_name(code)))"
    }
}

/// One ICU break iterator; not thread-safe, so each worker takes its own
/// from a `BreakIteratorPool`.
final class BreakIterator {
    let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        vb_breaker_close(handle)
    }

    /// Calls `body` with each boundary (a byte offset into `bytes`, relative
    /// to the start of `bytes`) after the start, in order, and the rule
    /// status of the segment it closes (word iterators only; 0 when
    /// `wantsStatus` is false).
    ///
    /// The bytes stay pinned for the whole iteration: ICU reads them lazily,
    /// so they must outlive every call to `next`.
    /// - Throws: `ICUError` when ICU cannot take the text.
    /// - Complexity: O(*n*) in the number of bytes.
    func forEachBoundary(
        in bytes: UnsafeBufferPointer<UInt8>, wantsStatus: Bool = true,
        _ body: (_ boundary: Int, _ wordStatus: Int32) -> Void
    ) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        let status = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            vb_breaker_set_text(handle, $0, Int64(bytes.count))
        }
        guard status == 0 else { throw ICUError(code: status, operation: "setting text") }
        while true {
            let boundary = vb_breaker_next(handle)
            if boundary < 0 { break }
            body(Int(boundary), wantsStatus ? vb_breaker_word_status(handle) : 0)
        }
        // Detach from the caller's bytes before they may be freed.
        _ = vb_breaker_set_text(handle, "", 0)
    }
}

/// Break iterators opened once and cloned for each concurrent user.
final class BreakIteratorPool: Sendable {
    private let prototype: Mutex<BreakIteratorBox>
    private let idle = Mutex<[BreakIteratorBox]>([])

    /// A box that lets an iterator move between threads; only one thread
    /// holds a given box at a time (the pool hands each out once).
    private final class BreakIteratorBox: @unchecked Sendable {
        let iterator: BreakIterator
        init(_ iterator: BreakIterator) { self.iterator = iterator }
    }

    init(kind: VBBreakKind, locale: String) throws {
        var code: Int32 = 0
        guard let handle = vb_breaker_open(kind, locale, &code) else {
            throw ICUError(code: code, operation: "opening a break iterator for \(locale)")
        }
        prototype = Mutex(BreakIteratorBox(BreakIterator(handle: handle)))
    }

    /// Runs `body` with an iterator no other thread is using.
    func withIterator<R>(_ body: (BreakIterator) throws -> R) throws -> R {
        let box = try idle.withLock { $0.popLast() } ?? clone()
        defer { idle.withLock { $0.append(box) } }
        return try body(box.iterator)
    }

    private func clone() throws -> BreakIteratorBox {
        try prototype.withLock { proto in
            var code: Int32 = 0
            guard let handle = vb_breaker_clone(proto.iterator.handle, &code) else {
                throw ICUError(code: code, operation: "cloning a break iterator")
            }
            return BreakIteratorBox(BreakIterator(handle: handle))
        }
    }
}
