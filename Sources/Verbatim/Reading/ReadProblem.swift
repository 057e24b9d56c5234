/// Something wrong with one input document. The run reports it and goes on.
public struct ReadProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The document was processed, after a repair (invalid UTF-8).
        case warning
        /// The document was left out on purpose (empty, binary).
        case skipped
        /// The document could not be read (unreadable, malformed JSON, no text).
        case failed
    }

    public var severity: Severity
    public var origin: Origin
    /// The document's id, when it was known.
    public var documentID: String?
    public var message: String

    public init(severity: Severity, origin: Origin, documentID: String? = nil, message: String) {
        self.severity = severity
        self.origin = origin
        self.documentID = documentID
        self.message = message
    }

    public var description: String {
        let name = documentID.map { " (document \($0))" } ?? ""
        return "\(severity.rawValue): \(origin)\(name): \(message)"
    }
}

/// One item from the reader: a document, a problem, or both (a document
/// that was repaired carries its warning).
public struct ReadItem: Sendable {
    public var document: Document?
    public var problem: ReadProblem?

    public init(document: Document?, problem: ReadProblem?) {
        self.document = document
        self.problem = problem
    }
}
