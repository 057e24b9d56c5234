/// One document of a corpus, as the reading stage hands it on.
public struct Document: Sendable, Hashable {
    /// Stable identifier: the `id` field of a JSON line, or a file's path
    /// relative to the input folder.
    public var id: String
    /// The full text. Every offset in the output is a Unicode code point
    /// offset into this string.
    public var text: String
    /// Every field of a JSON line except the id and the text, in source order.
    public var metadata: [(key: String, value: JSONValue)]
    /// Where the document came from, for error messages.
    public var origin: Origin

    public init(id: String, text: String, metadata: [(key: String, value: JSONValue)] = [], origin: Origin) {
        self.id = id
        self.text = text
        self.metadata = metadata
        self.origin = origin
    }

    public static func == (lhs: Document, rhs: Document) -> Bool {
        lhs.id == rhs.id && lhs.text == rhs.text && lhs.origin == rhs.origin
            && JSONValue.object(lhs.metadata) == JSONValue.object(rhs.metadata)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(text)
        hasher.combine(origin)
    }

    /// The metadata value for `key`, if the document has one (the last, when a key repeats).
    /// - Complexity: O(*m*) in the number of metadata members.
    public func metadata(_ key: String) -> JSONValue? {
        metadata.last(where: { $0.key == key })?.value
    }
}

/// The place a document was read from.
public struct Origin: Sendable, Hashable, CustomStringConvertible {
    /// A file path, or `-` for standard input.
    public var path: String
    /// The 1-based line for a JSON Lines document, `nil` for a whole file.
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    public var description: String {
        if let line { return "\(path):\(line)" }
        return path
    }
}
