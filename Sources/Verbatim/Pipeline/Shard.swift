/// One of `count` disjoint parts of a corpus, chosen by a stable hash of
/// each document's id: every machine that runs shard `index` of `count`
/// picks the same documents, whatever the input order or the file layout.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 0-based, as Kubernetes indexed jobs and `--array=0-N` Slurm arrays number tasks.
    public let index: Int
    public let count: Int

    /// Why a shard specification was rejected.
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    /// - Throws: `ParseError` unless `0 <= index < count`.
    public init(index: Int, count: Int) throws {
        guard count >= 1, index >= 0, index < count else {
            throw ParseError(description: "shard \(index)/\(count): need 0 <= K < N in K/N (K is 0-based)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    /// - Throws: `ParseError` when the text is not `K/N` with `0 <= K < N`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ParseError(description: "shard '\(text)': expected K/N, for example 0/4")
        }
        try self.init(index: index, count: count)
    }

    /// True when the document with this id belongs to the shard.
    /// - Complexity: O(*n*) in the length of the id.
    public func contains(documentID: String) -> Bool {
        StableHash.of(documentID) % UInt64(count) == UInt64(index)
    }

    public var description: String { "\(index)/\(count)" }
}
