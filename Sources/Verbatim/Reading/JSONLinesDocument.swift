/// Turns one JSON line into a document.
enum JSONLinesDocument {
    /// - Returns: the document (with a warning after a UTF-8 repair), or the
    ///   reason the line failed.
    static func parse(_ line: [UInt8], origin: Origin, textField: String, idField: String) -> ReadItem {
        let value: JSONValue
        let repairs: Int
        do {
            (value, repairs) = try JSONParser.parseCountingRepairs(line)
        } catch {
            return failure(origin, nil, "malformed JSON: \(error)")
        }
        guard case .object(let members) = value else {
            return failure(origin, nil, "a JSON line must be an object")
        }
        let id: String
        switch value[idField] {
        case .string(let string)?: id = string
        case .integer(let integer)?: id = String(integer)
        case .number(let number)?: id = number
        default: id = "\(origin.path):\(origin.line ?? 0)"
        }
        guard let textValue = value[textField] else {
            return failure(origin, id, "no \"\(textField)\" field")
        }
        guard case .string(let text) = textValue else {
            return failure(origin, id, "\"\(textField)\" is not a string")
        }
        let metadata = members.filter { $0.key != textField && $0.key != idField }
        return CorpusReader.Iterator.checkedDocument(
            Document(id: id, text: text, metadata: metadata, origin: origin), repairs: repairs)
    }

    private static func failure(_ origin: Origin, _ id: String?, _ message: String) -> ReadItem {
        ReadItem(document: nil, problem: ReadProblem(severity: .failed, origin: origin, documentID: id, message: message))
    }
}
