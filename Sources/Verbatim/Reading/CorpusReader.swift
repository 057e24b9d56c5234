import Foundation

/// The reading stage: turns inputs (files, folders, standard input) into a
/// stream of documents, one at a time, so memory does not grow with the corpus.
///
/// Folders are walked recursively in sorted order (so that output order does
/// not depend on the file system) and their `.txt`, `.md`, `.jsonl` and
/// `.jsonl.gz` files are read; any other file is ignored.
public struct CorpusReader: Sequence, Sendable {
    public struct Options: Sendable {
        /// JSON Lines member holding the text.
        public var textField = "text"
        /// JSON Lines member holding the id.
        public var idField = "id"
        /// Read standard input as one plain-text document instead of JSON Lines.
        public var plainStandardInput = false

        public init(textField: String = "text", idField: String = "id", plainStandardInput: Bool = false) {
            self.textField = textField
            self.idField = idField
            self.plainStandardInput = plainStandardInput
        }
    }

    public let inputs: [String]
    public let options: Options

    /// File name endings read as plain text, one document per file.
    static let textExtensions = [".txt", ".md"]
    /// File name endings read as JSON Lines, one document per line.
    static let jsonLinesExtensions = [".jsonl", ".jsonl.gz", ".ndjson"]

    public init(inputs: [String], options: Options = Options()) {
        self.inputs = inputs
        self.options = options
    }

    /// An iterator over the inputs, from the first.
    /// - Complexity: O(1); the files are opened as the iterator reaches them.
    public func makeIterator() -> Iterator {
        Iterator(inputs: inputs, options: options)
    }

    /// Total size in bytes of the input files, for progress estimates; nil
    /// when an input is standard input.
    /// - Complexity: one `stat` per file.
    public func totalBytes() -> Int? {
        var total = 0
        for input in inputs {
            if input == "-" { return nil }
            var walker = FileWalker(root: input)
            while let file = walker.next() {
                total += file.size
            }
        }
        return total
    }

    /// Reads the inputs in order; each call to `next()` returns one document
    /// or one problem.
    public struct Iterator: IteratorProtocol {
        private var pendingInputs: [String]
        private let options: Options
        private var walker: FileWalker?
        private var lines: (reader: LineReader, stream: ByteStream, path: String)?
        private var finishedBytes = 0

        init(inputs: [String], options: Options) {
            pendingInputs = inputs.reversed()
            self.options = options
        }

        /// Raw input bytes consumed so far, for progress.
        public var bytesConsumed: Int { finishedBytes + (lines?.stream.consumed ?? 0) }

        /// The next document or problem, or nil at the end of the inputs.
        /// - Complexity: O(*n*) in the size of the document read; memory holds one document and a read buffer.
        public mutating func next() -> ReadItem? {
            while true {
                if let current = lines {
                    if let item = nextLine(from: current.reader, path: current.path) { return item }
                    finishedBytes += current.stream.consumed
                    current.stream.close()
                    lines = nil
                    continue
                }
                if var currentWalker = walker {
                    let file = currentWalker.next()
                    let problem = currentWalker.takeProblem()
                    walker = file == nil && problem == nil ? nil : currentWalker
                    if let problem { return ReadItem(document: nil, problem: problem) }
                    if let file, let item = open(file) { return item }
                    continue
                }
                guard let input = pendingInputs.popLast() else { return nil }
                if input == "-" {
                    if let item = openStandardInput() { return item }
                    continue
                }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                    return ReadItem(
                        document: nil,
                        problem: ReadProblem(severity: .failed, origin: Origin(path: input), message: "no such file or folder"))
                }
                if isDirectory.boolValue {
                    walker = FileWalker(root: input)
                } else {
                    let name = (input as NSString).lastPathComponent
                    let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
                    if let item = open(WalkedFile(path: input, relativePath: name, size: size, explicitlyNamed: true)) {
                        return item
                    }
                }
            }
        }

        private mutating func openStandardInput() -> ReadItem? {
            do {
                let stream = try FileByteStream(path: "-")
                if options.plainStandardInput {
                    let bytes = try LineReader(stream: stream).readAll()
                    finishedBytes += bytes.count
                    return Self.textDocument(bytes, id: "stdin", origin: Origin(path: "-"))
                }
                lines = (LineReader(stream: stream), stream, "-")
                return nil
            } catch {
                return ReadItem(
                    document: nil,
                    problem: ReadProblem(severity: .failed, origin: Origin(path: "-"), message: "\(error)"))
            }
        }

        /// Opens a file: returns its document (plain text), or starts reading
        /// its lines (JSON Lines) and returns nil.
        private mutating func open(_ file: WalkedFile) -> ReadItem? {
            let origin = Origin(path: file.path)
            do {
                if CorpusReader.jsonLinesExtensions.contains(where: { file.path.hasSuffix($0) }) {
                    let stream: ByteStream =
                        file.path.hasSuffix(".gz") ? try GzipByteStream(path: file.path) : try FileByteStream(path: file.path)
                    lines = (LineReader(stream: stream), stream, file.path)
                    return nil
                }
                if !file.explicitlyNamed && !CorpusReader.textExtensions.contains(where: { file.path.hasSuffix($0) }) {
                    return nil
                }
                let stream = try FileByteStream(path: file.path)
                defer { stream.close() }
                let bytes = try LineReader.readWhole(stream, sizeHint: file.size)
                finishedBytes += bytes.count
                return Self.textDocument(bytes, id: file.relativePath, origin: origin)
            } catch {
                return ReadItem(
                    document: nil, problem: ReadProblem(severity: .failed, origin: origin, message: "unreadable: \(error)"))
            }
        }

        /// A plain-text document, or the reason it is skipped.
        static func textDocument(_ bytes: [UInt8], id: String, origin: Origin) -> ReadItem {
            if TextDecoding.looksBinary(bytes) {
                return ReadItem(
                    document: nil,
                    problem: ReadProblem(severity: .skipped, origin: origin, documentID: id, message: "binary data, skipped"))
            }
            let (text, repairs) = TextDecoding.decode(bytes)
            return checkedDocument(Document(id: id, text: text, origin: origin), repairs: repairs)
        }

        /// The document, or a skip when its text is empty, with a warning
        /// when invalid UTF-8 was repaired.
        static func checkedDocument(_ document: Document, repairs: Int) -> ReadItem {
            if document.text.utf8.count > TextSpan.maximumTextLength {
                return ReadItem(
                    document: nil,
                    problem: ReadProblem(
                        severity: .skipped, origin: document.origin, documentID: document.id,
                        message: "document larger than 2 GiB, skipped (split it into smaller documents)"))
            }
            if document.text.utf8.allSatisfy(Whitespace.isASCIISpace) {
                return ReadItem(
                    document: nil,
                    problem: ReadProblem(
                        severity: .skipped, origin: document.origin, documentID: document.id,
                        message: "empty document, skipped"))
            }
            let problem =
                repairs > 0
                ? ReadProblem(
                    severity: .warning, origin: document.origin, documentID: document.id,
                    message: "\(repairs) invalid UTF-8 sequence\(repairs == 1 ? "" : "s") replaced with U+FFFD")
                : nil
            return ReadItem(document: document, problem: problem)
        }

        /// The next JSON line's document (or problem), or nil at the end.
        private mutating func nextLine(from reader: LineReader, path: String) -> ReadItem? {
            while true {
                let bytes: [UInt8]
                do {
                    guard let line = try reader.nextLine() else { return nil }
                    bytes = line
                } catch {
                    return ReadItem(
                        document: nil,
                        problem: ReadProblem(
                            severity: .failed, origin: Origin(path: path, line: reader.lineNumber + 1),
                            message: "unreadable: \(error); rest of the file skipped"))
                }
                // Blank lines between records are not documents.
                if bytes.allSatisfy(Whitespace.isASCIISpace) { continue }
                return JSONLinesDocument.parse(
                    bytes, origin: Origin(path: path, line: reader.lineNumber), textField: options.textField,
                    idField: options.idField)
            }
        }
    }
}

